#!/usr/bin/env python3
"""Validate clauses-cw12.jsonl: JSON per line, unique ids, required keys, value types, quotas,
forbidden figures (30%, 5000, 180 days) and a warning for figures used more than three times."""
import json, re, sys, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw12.jsonl")
QUOTA = {("termination","positive"):22, ("termination","negative"):14,
         ("penalty","positive"):32, ("penalty","negative"):18,
         ("notice","positive"):20, ("notice","negative"):14,
         ("auto_renewal","positive"):16, ("auto_renewal","negative"):14}
REQ = ["id","lang","family","kind","style","client","text","values"]
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
errs, ids, counts, texts = [], set(), collections.Counter(), set()

def num_or_blank(v):
    return (isinstance(v,(int,float)) and not isinstance(v,bool)) or v == "blank"

with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad JSON {e}"); continue
        for k in REQ:
            if k not in o: errs.append(f"line {n}: missing {k}")
        if set(o) - set(REQ): errs.append(f"line {n}: extra keys {set(o)-set(REQ)}")
        i = o.get("id")
        if i in ids: errs.append(f"line {n}: duplicate id {i}")
        ids.add(i)
        if not str(i).startswith("cw12-"): errs.append(f"line {n}: id prefix")
        if o.get("lang") != "en": errs.append(f"line {n}: lang must be en")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if fam not in ALLOWED: errs.append(f"line {n}: bad family {fam}"); continue
        if kind not in ("positive","negative"): errs.append(f"line {n}: bad kind {kind}")
        if not isinstance(v, dict): errs.append(f"line {n}: values not dict"); continue
        if not isinstance(o.get("client"), str): errs.append(f"line {n}: client not str")
        t = o.get("text","")
        if not t or len(t) < 40: errs.append(f"line {n}: text too short")
        if t in texts: errs.append(f"line {n}: duplicate text")
        texts.add(t)
        counts[(fam, kind)] += 1
        if kind == "negative" and v: errs.append(f"line {n}: negative with values")
        if set(v) - ALLOWED[fam]: errs.append(f"line {n}: bad value keys {set(v)-ALLOWED[fam]}")
        if "holder" in v and v["holder"] not in ("client","provider","either","both","none"):
            errs.append(f"line {n}: bad holder")
        for k in ("percent","amount","floor","notice_days","renewal_term_days"):
            if k in v and not num_or_blank(v[k]): errs.append(f"line {n}: {k} must be number or 'blank'")
        if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"line {n}: per_day bool")
        if "base" in v and not isinstance(v["base"], str): errs.append(f"line {n}: base str")
        if re.search(r"\b30\s*%|thirty percent|\(30%\)|\b5,?000\b|\b180\b|one hundred eighty|six months|six \(6\) months", t, re.I):
            errs.append(f"line {n}: forbidden figure (30%/5000/180 days)")

for key, q in QUOTA.items():
    if counts[key] != q: errs.append(f"quota {key}: {counts[key]} != {q}")

# figure reuse (warning only): numeric tokens outside section/clause references
fig = collections.Counter()
with open(PATH, encoding="utf-8") as f:
    for line in f:
        t = json.loads(line)["text"]
        t = re.sub(r"(Section|Sections|Clause|clause|Article|Schedule|Appendix|Exhibit)\s+[\d.()a-z]+", "", t)
        for m in set(re.findall(r"\d[\d,.]*", t)):
            fig[m.rstrip(".,")] += 1
over = {k:c for k,c in fig.items() if c > 3}

print("counts:")
for key in QUOTA: print(f"  {key[0]:13s} {key[1]:9s} {counts[key]}")
print("total", sum(counts.values()))
if over: print("WARNING figures used >3 times:", over)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
