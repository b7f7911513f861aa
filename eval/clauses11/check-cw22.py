#!/usr/bin/env python3
"""Validate clauses-cw22.jsonl: JSON per line, unique ids, keys, value types, quotas."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw22.jsonl")
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
FAMS = {"termination", "penalty", "notice", "auto_renewal"}
QUOTA = {("termination", "positive"): 24, ("termination", "negative"): 12,
         ("penalty", "positive"): 24, ("penalty", "negative"): 12,
         ("notice", "positive"): 30, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 22, ("auto_renewal", "negative"): 14}
VALKEYS = {"termination": {"holder"}, "penalty": {"percent", "per_day", "amount", "floor", "base"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRAD = set("於應約續終與費雙們將為權؟個書協議條帳號賣場營運屆滿須擬對變負責發撥證還償違懲罰業繼佔")
errs, ids, cnt = [], set(), collections.Counter()
ecom = trad = 0
texts = set()
rows = []
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad JSON {e}"); continue
    rows.append(o)
    if set(o) != KEYS: errs.append(f"line {n}: keys {sorted(o)}")
    if o["id"] in ids: errs.append(f"line {n}: duplicate id {o['id']}")
    ids.add(o["id"])
    if not o["id"].startswith("cw22-zh-"): errs.append(f"line {n}: id prefix")
    if o["lang"] != "zh": errs.append(f"line {n}: lang")
    if o["family"] not in FAMS: errs.append(f"line {n}: family")
    if o["kind"] not in ("positive", "negative"): errs.append(f"line {n}: kind")
    for k in ("style", "client", "text"):
        if not isinstance(o[k], str): errs.append(f"line {n}: {k} not str")
    if not o["text"].strip() or len(o["text"]) < 15: errs.append(f"line {n}: text too short")
    if o["text"] in texts: errs.append(f"line {n}: duplicate text")
    texts.add(o["text"])
    v = o["values"]
    if not isinstance(v, dict): errs.append(f"line {n}: values not dict"); continue
    if o["kind"] == "negative" and v: errs.append(f"line {n}: negative with values")
    extra = set(v) - VALKEYS[o["family"]]
    if extra: errs.append(f"line {n}: unexpected value keys {extra}")
    if "holder" in v and v["holder"] not in HOLDERS: errs.append(f"line {n}: holder")
    for k in ("percent", "amount", "floor", "notice_days", "renewal_term_days"):
        if k in v and not (v[k] == "blank" or (isinstance(v[k], (int, float)) and not isinstance(v[k], bool))):
            errs.append(f"line {n}: {k} type")
    if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"line {n}: per_day type")
    if "base" in v and not isinstance(v["base"], str): errs.append(f"line {n}: base type")
    if v.get("percent") == 30 or v.get("amount") == 5000 or v.get("floor") == 5000 \
       or v.get("notice_days") == 180 or v.get("renewal_term_days") == 180:
        errs.append(f"line {n}: forbidden figure (30% / 5000 / 180 days)")
    if re.search(r"30%|百分之三十|5000|伍仟元|五千元|180日|180天|一百八十|六个月|半年", o["text"]):
        errs.append(f"line {n}: forbidden figure in text")
    cnt[(o["family"], o["kind"])] += 1
    if "电商代运营" in o["style"]: ecom += 1
    if sum(ch in TRAD for ch in o["text"]) >= 3: trad += 1
for key, q in QUOTA.items():
    if cnt[key] != q: errs.append(f"quota {key}: {cnt[key]} != {q}")
if len(rows) != 150: errs.append(f"total {len(rows)} != 150")
if ecom < 75: errs.append(f"e-commerce clauses {ecom} < 75")
if not 8 <= trad <= 12: errs.append(f"traditional-Chinese clauses {trad} not about 10")
# value reuse: same notice/renewal/percent/amount value more than three times
for fam, k in (("notice", "notice_days"), ("penalty", "percent"), ("penalty", "amount")):
    c = collections.Counter(r["values"].get(k) for r in rows if r["family"] == fam and r["values"].get(k) not in (None, "blank"))
    for val, m in c.items():
        if m > 3: errs.append(f"{fam}.{k}={val} used {m} times (>3)")
print("counts:", {f"{a}/{b}": cnt[(a, b)] for a, b in QUOTA})
print(f"total={len(rows)} ecom={ecom} traditional={trad}")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
