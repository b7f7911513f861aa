#!/usr/bin/env python3
"""Validate clauses-cw66.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw66.jsonl")
QUOTA = {("termination","positive"):24, ("termination","negative"):12,
         ("penalty","positive"):24, ("penalty","negative"):12,
         ("notice","positive"):28, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
FIELDS = {"id","lang","family","kind","style","client","text","values"}
BANNED = ["30%","30 %","30％","百分之三十","5000","5,000","五千","伍仟","180","一百八十"]
PEN_KEYS = {"percent","amount","floor","base","per_day"}
errs = []; counts = {}; texts = set(); ids = set()
def num(x): return isinstance(x,(int,float)) and not isinstance(x,bool)
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip(): errs.append(f"line {ln}: blank line"); continue
        try: o = json.loads(line)
        except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
        if set(o) != FIELDS: errs.append(f"line {ln}: fields {sorted(o)}"); continue
        fam, kind, v, t = o["family"], o["kind"], o["values"], o["text"]
        if o["lang"] != "zh": errs.append(f"line {ln}: lang")
        if (fam, kind) not in QUOTA: errs.append(f"line {ln}: family/kind {fam}/{kind}"); continue
        counts[(fam,kind)] = counts.get((fam,kind),0) + 1
        m = re.fullmatch(r"cw66-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", o["id"])
        if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"line {ln}: id {o['id']}")
        elif int(m.group(3)) != counts[(fam,kind)]: errs.append(f"line {ln}: id numbering {o['id']}")
        if o["id"] in ids: errs.append(f"line {ln}: duplicate id")
        ids.add(o["id"])
        if not isinstance(o["style"],str) or not o["style"]: errs.append(f"line {ln}: style")
        if not isinstance(o["client"],str): errs.append(f"line {ln}: client type")
        elif o["client"] and o["client"] not in t: errs.append(f"line {ln}: client '{o['client']}' not in text")
        if not isinstance(t,str) or not t.strip() or "\n" in t: errs.append(f"line {ln}: text")
        if t in texts: errs.append(f"line {ln}: duplicate text")
        texts.add(t)
        for b in BANNED:
            if b in t: errs.append(f"line {ln}: banned figure {b}")
        if not isinstance(v, dict): errs.append(f"line {ln}: values not dict"); continue
        if kind == "negative":
            if v: errs.append(f"line {ln}: negative with values")
            continue
        if fam == "termination":
            if set(v) != {"holder"} or v["holder"] not in ("client","provider","either","none"):
                errs.append(f"line {ln}: termination values {v}")
        elif fam == "penalty":
            if not v or not set(v) <= PEN_KEYS: errs.append(f"line {ln}: penalty keys {v}")
            for k in ("percent","amount","floor"):
                if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"line {ln}: {k} not positive number")
            if "base" in v and (not isinstance(v["base"],str) or not v["base"]): errs.append(f"line {ln}: base")
            if "per_day" in v and v["per_day"] is not True: errs.append(f"line {ln}: per_day must be true")
            for k in ("percent","amount","floor"):
                if k in v and num(v[k]) and any(b in str(v[k]) for b in ("5000","180")): errs.append(f"line {ln}: banned value")
            if "percent" in v and v["percent"] == 30: errs.append(f"line {ln}: banned percent 30")
        elif fam == "notice":
            if set(v) != {"notice_days"} or not isinstance(v["notice_days"],int) or isinstance(v["notice_days"],bool) or v["notice_days"] <= 0:
                errs.append(f"line {ln}: notice values {v}")
            elif v["notice_days"] == 180: errs.append(f"line {ln}: banned 180")
        elif fam == "auto_renewal":
            d = v.get("renewal_term_days","missing")
            if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d,int) and not isinstance(d,bool) and d > 0)):
                errs.append(f"line {ln}: auto_renewal values {v}")
            elif d == 180: errs.append(f"line {ln}: banned 180")
for k, q in QUOTA.items():
    if counts.get(k,0) != q: errs.append(f"quota {k}: {counts.get(k,0)} != {q}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {sum(counts.values())} clauses"); sys.exit(0)
