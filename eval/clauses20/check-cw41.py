#!/usr/bin/env python3
"""Checks clauses-cw41.jsonl: fields, id pattern, quotas, duplicates, value shapes."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw41.jsonl")
WID = "cw41"
QUOTA = {("termination","positive"):26, ("termination","negative"):14,
         ("penalty","positive"):24, ("penalty","negative"):14,
         ("notice","positive"):24, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
FIELDS = ["id","lang","family","kind","style","client","text","values"]
VKEYS = {"termination":{"holder"}, "penalty":{"percent","amount","floor","base","per_day"},
         "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
ID_RE = re.compile(r"^cw41-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
errs = []; counts = {}; ids = set(); texts = {}
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip():
        errs.append(f"line {ln}: blank line"); continue
    try: r = json.loads(line)
    except Exception as e:
        errs.append(f"line {ln}: bad JSON {e}"); continue
    if sorted(r) != sorted(FIELDS): errs.append(f"line {ln}: fields {sorted(r)}")
    m = ID_RE.match(r.get("id",""))
    if not m: errs.append(f"line {ln}: bad id {r.get('id')}"); continue
    fam, pn = m.group(1), m.group(2)
    if r["lang"] != "en": errs.append(f"{r['id']}: lang must be en")
    if r["family"] != fam: errs.append(f"{r['id']}: family mismatch")
    kind = r["kind"]
    if kind not in ("positive","negative") or pn != kind[0]: errs.append(f"{r['id']}: kind mismatch")
    for k in ("style","client","text"):
        if not isinstance(r.get(k), str): errs.append(f"{r['id']}: {k} not a string")
    if not r["style"].strip() or not r["text"].strip(): errs.append(f"{r['id']}: empty style/text")
    if "\n" in r["text"]: errs.append(f"{r['id']}: newline in text")
    if r["id"] in ids: errs.append(f"duplicate id {r['id']}")
    ids.add(r["id"])
    key = re.sub(r"\s+", " ", r["text"].strip().lower())
    if key in texts: errs.append(f"duplicate text {r['id']} = {texts[key]}")
    texts[key] = r["id"]
    v = r["values"]
    if not isinstance(v, dict): errs.append(f"{r['id']}: values not a dict"); continue
    if kind == "negative":
        if v: errs.append(f"{r['id']}: negative must have empty values")
    else:
        extra = set(v) - VKEYS[fam]
        if extra: errs.append(f"{r['id']}: unexpected value keys {extra}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{r['id']}: bad holder")
        if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0):
            errs.append(f"{r['id']}: notice_days must be a positive int")
        if fam == "auto_renewal":
            if "renewal_term_days" not in v: errs.append(f"{r['id']}: renewal_term_days missing")
            elif v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"], int):
                errs.append(f"{r['id']}: renewal_term_days not int/null")
        if fam == "penalty":
            for k in ("percent","amount","floor"):
                if k in v and v[k] is not None and not isinstance(v[k], (int,float)): errs.append(f"{r['id']}: {k} not numeric")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{r['id']}: per_day not bool")
            if "base" in v and v["base"] is not None and not isinstance(v["base"], str): errs.append(f"{r['id']}: base not str")
    # avoided figures
    if re.search(r"\b30\s*%|\b5,?000\b|\b180\b|one hundred (and )?eighty", r["text"], re.I):
        errs.append(f"{r['id']}: uses an avoided figure")
    counts[(fam,kind)] = counts.get((fam,kind),0) + 1
# sequential numbering
for (fam,kind), q in QUOTA.items():
    if counts.get((fam,kind),0) != q: errs.append(f"quota {fam}/{kind}: {counts.get((fam,kind),0)} != {q}")
    want = {f"{WID}-en-{fam}-{kind[0]}{i:03d}" for i in range(1, q+1)}
    if not want <= ids: errs.append(f"{fam}/{kind}: ids not numbered 001..{q:03d}")
for e in errs: print("ERROR:", e)
print("counts:", {f"{f}/{k}": c for (f,k), c in sorted(counts.items())}, "total:", sum(counts.values()))
sys.exit(1 if errs else 0)
