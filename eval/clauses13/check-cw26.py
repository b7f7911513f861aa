#!/usr/bin/env python3
"""Checks clauses-cw26.jsonl: fields, id pattern, quotas, duplicates, value keys, avoided figures."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw26.jsonl")
QUOTA = {("termination","positive"):24, ("termination","negative"):12,
         ("penalty","positive"):24, ("penalty","negative"):12,
         ("notice","positive"):28, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
FIELDS = ["id","lang","family","kind","style","client","text","values"]
VALKEYS = {"termination":{"holder"}, "penalty":{"percent","amount","floor","base","per_day"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
IDRE = re.compile(r"^cw26-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
BANNED = [r"30\s*[%％]", r"百分之三十", r"5,?000", r"伍仟", r"五千", r"180\s*[天日]", r"一百八十[天日]", r"六个月", r"半年"]
errs = []; counts = {}; ids = set(); texts = set()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try: o = json.loads(line)
    except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
    if list(o.keys()) != FIELDS: errs.append(f"line {n}: fields {list(o.keys())}")
    m = IDRE.match(o.get("id",""))
    if not m: errs.append(f"line {n}: bad id {o.get('id')}"); continue
    fam, pn, num = m.groups()
    if fam != o["family"]: errs.append(f"{o['id']}: family mismatch")
    if (pn == "p") != (o["kind"] == "positive") or o["kind"] not in ("positive","negative"):
        errs.append(f"{o['id']}: kind mismatch")
    if o["lang"] != "zh": errs.append(f"{o['id']}: lang")
    if o["id"] in ids: errs.append(f"{o['id']}: duplicate id")
    ids.add(o["id"])
    t = o["text"].strip()
    if t in texts: errs.append(f"{o['id']}: duplicate text")
    texts.add(t)
    if not t or t[-1] not in "。；：.;:": errs.append(f"{o['id']}: text does not end as a sentence/list item")
    if not isinstance(o["style"], str) or not o["style"]: errs.append(f"{o['id']}: style")
    if not isinstance(o["client"], str): errs.append(f"{o['id']}: client")
    elif o["client"] and o["client"] not in t: errs.append(f"{o['id']}: client word not in text")
    for b in BANNED:
        if re.search(b, t): errs.append(f"{o['id']}: avoided figure {b}")
    v = o["values"]
    if not isinstance(v, dict): errs.append(f"{o['id']}: values not dict"); continue
    if o["kind"] == "negative":
        if v: errs.append(f"{o['id']}: negative with values")
    else:
        extra = set(v) - VALKEYS[fam]
        if extra: errs.append(f"{o['id']}: extra value keys {extra}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{o['id']}: holder")
        if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0):
            errs.append(f"{o['id']}: notice_days")
        if fam == "auto_renewal":
            if "renewal_term_days" not in v: errs.append(f"{o['id']}: renewal_term_days missing")
            elif v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"], int):
                errs.append(f"{o['id']}: renewal_term_days type")
        if fam == "penalty":
            for k in ("percent","amount","floor"):
                if k in v and v[k] is not None and not isinstance(v[k], (int,float)): errs.append(f"{o['id']}: {k} type")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{o['id']}: per_day type")
            if "base" in v and v["base"] is not None and v["base"] not in t: errs.append(f"{o['id']}: base not in text")
    counts[(fam, o["kind"])] = counts.get((fam, o["kind"]), 0) + 1
for k, q in QUOTA.items():
    if counts.get(k, 0) != q: errs.append(f"quota {k}: {counts.get(k,0)} != {q}")
# numbering contiguous per (family, kind)
for fam in VALKEYS:
    for pn in "pn":
        nums = sorted(int(i[-3:]) for i in ids if i.startswith(f"cw26-zh-{fam}-{pn}"))
        if nums != list(range(1, len(nums)+1)): errs.append(f"non-contiguous ids {fam}-{pn}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print(f"OK: {sum(counts.values())} clauses", dict(sorted((f'{a}/{b}', c) for (a,b), c in counts.items())))
