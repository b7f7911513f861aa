#!/usr/bin/env python3
"""Validate clauses-cw6.jsonl: JSON per line, unique ids, keys, value types, quotas."""
import json, sys, collections, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw6.jsonl")
QUOTA = {("termination","positive"):40, ("termination","negative"):12,
         ("penalty","positive"):36, ("penalty","negative"):12,
         ("notice","positive"):34, ("notice","negative"):12,
         ("auto_renewal","positive"):14, ("auto_renewal","negative"):10}
KEYS = {"id","lang","family","kind","style","client","text","values"}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
errs = []; ids = set(); counts = collections.Counter(); texts = set(); figs = collections.Counter()
def num_or_blank(v): return v == "blank" or (isinstance(v,(int,float)) and not isinstance(v,bool))
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try: o = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad JSON {e}"); continue
        if set(o) != KEYS: errs.append(f"line {n}: keys {sorted(o)}")
        i = o.get("id","")
        if not i.startswith("cw6-"): errs.append(f"line {n}: id prefix {i}")
        if i in ids: errs.append(f"line {n}: duplicate id {i}")
        ids.add(i)
        if o.get("lang") != "zh": errs.append(f"{i}: lang")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if fam not in ALLOWED or kind not in ("positive","negative"): errs.append(f"{i}: family/kind"); continue
        if not isinstance(o.get("text"),str) or not o["text"].strip(): errs.append(f"{i}: empty text")
        if o["text"] in texts: errs.append(f"{i}: duplicate text")
        texts.add(o["text"])
        if not isinstance(o.get("client"),str) or not isinstance(o.get("style"),str) or not o["style"]: errs.append(f"{i}: client/style")
        if not isinstance(v, dict): errs.append(f"{i}: values not dict"); continue
        counts[(fam,kind)] += 1
        if kind == "negative" and v: errs.append(f"{i}: negative with values")
        if set(v) - ALLOWED[fam]: errs.append(f"{i}: bad value keys {set(v)-ALLOWED[fam]}")
        if "holder" in v and v["holder"] not in HOLDERS: errs.append(f"{i}: holder {v['holder']}")
        for k in ("percent","amount","floor","notice_days","renewal_term_days"):
            if k in v:
                if not num_or_blank(v[k]): errs.append(f"{i}: {k} type")
                elif v[k] != "blank": figs[(k, v[k])] += 1
        if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{i}: per_day type")
        if "base" in v and not isinstance(v["base"], str): errs.append(f"{i}: base type")
        t = o["text"]
        if re.search(r"30\s*%|百分之三十(?![五一二三四六七八九])|5000|5,000|伍仟元|180\s*[日天]|一百八十[日天]", t):
            errs.append(f"{i}: forbidden figure in text")
for key, q in QUOTA.items():
    if counts[key] != q: errs.append(f"quota {key}: {counts[key]} != {q}")
byval = collections.Counter()
for (k, val), c in figs.items(): byval[val] += c
over = {val: c for val, c in byval.items() if c > 3}
if over: errs.append(f"figures used more than 3 times in values: {over}")
for k in sorted(counts): print(f"{k[0]:13s} {k[1]:9s} {counts[k]}")
print("total", sum(counts.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
