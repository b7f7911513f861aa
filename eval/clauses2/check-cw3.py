#!/usr/bin/env python3
"""Validate clauses-cw3.jsonl: JSON per line, unique ids, required keys, value types, quotas."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw3.jsonl")
REQ = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
FAMS = {"termination", "penalty", "notice", "auto_renewal"}
QUOTA = {("termination", "positive"): 35, ("penalty", "positive"): 30,
         ("notice", "positive"): 30, ("auto_renewal", "positive"): 20,
         ("termination", "negative"): 10, ("penalty", "negative"): 10,
         ("notice", "negative"): 10, ("auto_renewal", "negative"): 10}
HOLDERS = {"client", "provider", "either", "both", "none"}
PEN_KEYS = {"percent", "per_day", "amount", "floor", "base"}

errs = []
ids = set()
texts = set()
counts = collections.Counter()

def num_or_blank(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or v == "blank"

with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errs.append(f"line {n}: empty line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad JSON: {e}"); continue
        for k in REQ:
            if k not in o:
                errs.append(f"line {n}: missing key {k}")
        if set(o) - set(REQ):
            errs.append(f"line {n}: extra keys {set(o) - set(REQ)}")
        i = o.get("id", "")
        if not i.startswith("cw3-"):
            errs.append(f"line {n}: id not prefixed cw3-")
        if i in ids:
            errs.append(f"line {n}: duplicate id {i}")
        ids.add(i)
        if o.get("lang") != "en":
            errs.append(f"{i}: lang must be en")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if fam not in FAMS:
            errs.append(f"{i}: bad family {fam}")
        if kind not in ("positive", "negative"):
            errs.append(f"{i}: bad kind {kind}")
        for k in ("style", "client", "text"):
            if not isinstance(o.get(k), str):
                errs.append(f"{i}: {k} must be a string")
        if not o.get("text", "").strip() or not o.get("style", "").strip():
            errs.append(f"{i}: empty text/style")
        t = o.get("text", "")
        if t in texts:
            errs.append(f"{i}: duplicate text")
        texts.add(t)
        if "\n" in t:
            errs.append(f"{i}: newline in text")
        if not isinstance(v, dict):
            errs.append(f"{i}: values must be an object"); continue
        counts[(fam, kind)] += 1
        if kind == "negative":
            if v:
                errs.append(f"{i}: negative must have empty values")
            continue
        if fam == "termination":
            if set(v) - {"holder"}:
                errs.append(f"{i}: termination values may only have holder")
            if "holder" in v and v["holder"] not in HOLDERS:
                errs.append(f"{i}: bad holder {v['holder']}")
        elif fam == "penalty":
            if set(v) - PEN_KEYS:
                errs.append(f"{i}: unknown penalty keys {set(v) - PEN_KEYS}")
            for k in ("percent", "amount", "floor"):
                if k in v and not num_or_blank(v[k]):
                    errs.append(f"{i}: {k} must be number or 'blank'")
            if "per_day" in v and not isinstance(v["per_day"], bool):
                errs.append(f"{i}: per_day must be bool")
            if "base" in v and not isinstance(v["base"], str):
                errs.append(f"{i}: base must be string")
        elif fam == "notice":
            if set(v) != {"notice_days"}:
                errs.append(f"{i}: notice positive needs exactly notice_days")
            elif not num_or_blank(v["notice_days"]):
                errs.append(f"{i}: notice_days must be number or 'blank'")
        elif fam == "auto_renewal":
            if set(v) - {"renewal_term_days"}:
                errs.append(f"{i}: auto_renewal values may only have renewal_term_days")
            if "renewal_term_days" in v and not num_or_blank(v["renewal_term_days"]):
                errs.append(f"{i}: renewal_term_days must be number or 'blank'")
        # banned figures from the brief
        if re.search(r"\b30\s*%|thirty per ?cent|\b5,?000\b|\b180\b|one hundred eighty|six \(6\) months|six months", t, re.I):
            errs.append(f"{i}: uses a banned figure (30%, 5000, 180 days)")

for k, q in QUOTA.items():
    if counts[k] != q:
        errs.append(f"quota {k}: have {counts[k]}, want {q}")

for (fam, kind), c in sorted(counts.items()):
    print(f"{fam:13s} {kind:9s} {c}")
print("total", sum(counts.values()))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
