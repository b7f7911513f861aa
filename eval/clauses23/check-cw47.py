#!/usr/bin/env python3
"""Checks clauses-cw47.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, os
ID = "cw47"
HERE = os.path.dirname(os.path.abspath(__file__))
QUOTA = {("termination","positive"):26, ("termination","negative"):14,
         ("penalty","positive"):24, ("penalty","negative"):14,
         ("notice","positive"):24, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","amount","floor","base","per_day"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
FIELDS = ["id","lang","family","kind","style","client","text","values"]
errs = []; ids = set(); texts = set(); cnt = {}
pat = re.compile(rf"^{ID}-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
for i, line in enumerate(open(os.path.join(HERE, f"clauses-{ID}.jsonl"), encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {i}: bad json {e}"); continue
    if list(r.keys()) != FIELDS: errs.append(f"line {i}: fields {list(r.keys())}")
    m = pat.match(r.get("id",""))
    if not m: errs.append(f"line {i}: bad id {r.get('id')}"); continue
    fam, pn = m.group(1), m.group(2)
    if fam != r["family"]: errs.append(f"{r['id']}: family mismatch")
    if (pn == "p") != (r["kind"] == "positive") or r["kind"] not in ("positive","negative"): errs.append(f"{r['id']}: kind mismatch")
    if r["lang"] != "en": errs.append(f"{r['id']}: lang")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    norm = re.sub(r"\s+", " ", r["text"].strip().lower())
    if norm in texts: errs.append(f"dup text {r['id']}")
    texts.add(norm)
    if not r["style"].strip(): errs.append(f"{r['id']}: empty style")
    if r["client"] and r["client"] not in r["text"]: errs.append(f"{r['id']}: client word not in text")
    if re.search(r"[\u4e00-\u9fff]", r["text"]): errs.append(f"{r['id']}: CJK in English text")
    if re.search(r"\b30\s*(%|per ?cent)|\b5,?000\b|\b180\b|one hundred and eighty", r["text"], re.I): errs.append(f"{r['id']}: banned figure")
    v = r["values"]
    if r["kind"] == "negative":
        if v != {}: errs.append(f"{r['id']}: negative with values")
    else:
        if not set(v) <= ALLOWED[fam]: errs.append(f"{r['id']}: bad value keys {set(v)}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{r['id']}: holder")
        if fam == "notice" and not isinstance(v.get("notice_days"), int): errs.append(f"{r['id']}: notice_days")
        if fam == "auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"], (int,float)): errs.append(f"{r['id']}: renewal_term_days")
        if fam == "penalty":
            if not isinstance(v.get("per_day"), bool): errs.append(f"{r['id']}: per_day")
            for k in ("percent","amount","floor"):
                if k in v and v[k] is not None and not isinstance(v[k], (int,float)): errs.append(f"{r['id']}: {k}")
    cnt[(fam, r["kind"])] = cnt.get((fam, r["kind"]), 0) + 1
for k, q in QUOTA.items():
    if cnt.get(k, 0) != q: errs.append(f"quota {k}: {cnt.get(k,0)} != {q}")
print("\n".join(errs) if errs else f"OK: {sum(cnt.values())} clauses, {cnt}")
sys.exit(1 if errs else 0)
