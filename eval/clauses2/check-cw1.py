#!/usr/bin/env python3
"""Validate clauses-cw1.jsonl: JSON per line, unique ids, required keys, value types, quotas."""
import json, sys, re, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw1.jsonl")
REQ = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
FAMS = {"termination", "penalty", "notice", "auto_renewal"}
QUOTA = {("termination", "positive"): 40, ("penalty", "positive"): 35, ("notice", "positive"): 35,
         ("auto_renewal", "positive"): 20, ("termination", "negative"): 12, ("penalty", "negative"): 12,
         ("notice", "negative"): 12, ("auto_renewal", "negative"): 10}
HOLDERS = {"client", "provider", "either", "both", "none"}
errs = []
ids = set(); texts = set(); counts = collections.Counter()

def num_or_blank(v):
    return v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool))

with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad JSON {e}"); continue
        for k in REQ:
            if k not in o: errs.append(f"line {n}: missing {k}")
        if set(o) - set(REQ): errs.append(f"line {n}: extra keys {set(o)-set(REQ)}")
        i = o.get("id", "")
        if not i.startswith("cw1-"): errs.append(f"line {n}: id prefix {i}")
        if i in ids: errs.append(f"line {n}: duplicate id {i}")
        ids.add(i)
        t = o.get("text", "")
        if t in texts: errs.append(f"line {n}: duplicate text")
        texts.add(t)
        if not t.strip(): errs.append(f"line {n}: empty text")
        if o.get("lang") != "zh": errs.append(f"line {n}: lang {o.get('lang')}")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if fam not in FAMS: errs.append(f"line {n}: family {fam}")
        if kind not in ("positive", "negative"): errs.append(f"line {n}: kind {kind}")
        if not isinstance(v, dict): errs.append(f"line {n}: values not dict"); continue
        for k in ("style", "client"):
            if not isinstance(o.get(k), str): errs.append(f"line {n}: {k} not str")
        counts[(fam, kind)] += 1
        if kind == "negative":
            if v: errs.append(f"line {n}: negative with values {v}")
            continue
        if fam == "termination":
            if set(v) - {"holder"}: errs.append(f"line {n}: bad keys {v}")
            if "holder" in v and v["holder"] not in HOLDERS: errs.append(f"line {n}: holder {v['holder']}")
        elif fam == "penalty":
            if set(v) - {"percent", "per_day", "amount", "floor", "base"}: errs.append(f"line {n}: bad keys {v}")
            for k in ("percent", "amount", "floor"):
                if k in v and not num_or_blank(v[k]): errs.append(f"line {n}: {k}={v[k]!r}")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"line {n}: per_day")
            if "per_day" in v and "percent" not in v: errs.append(f"line {n}: per_day without percent")
            if "base" in v and not isinstance(v["base"], str): errs.append(f"line {n}: base")
        elif fam == "notice":
            if set(v) != {"notice_days"}: errs.append(f"line {n}: notice needs notice_days {v}")
            elif not num_or_blank(v["notice_days"]): errs.append(f"line {n}: notice_days {v}")
        elif fam == "auto_renewal":
            if set(v) - {"renewal_term_days"}: errs.append(f"line {n}: bad keys {v}")
            if "renewal_term_days" in v and not isinstance(v["renewal_term_days"], int): errs.append(f"line {n}: renewal_term_days")
        # banned figures
        if re.search(r"30%|百分之三十|5000|伍仟|五千|180|一百八十|半年", t): errs.append(f"line {n}: banned figure")

for k, q in QUOTA.items():
    if counts[k] != q: errs.append(f"quota {k}: {counts[k]} != {q}")
for k in sorted(counts): print(f"{k[0]:13s} {k[1]:8s} {counts[k]}")
print("total", sum(counts.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
