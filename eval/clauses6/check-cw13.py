#!/usr/bin/env python3
"""Validate clauses-cw13.jsonl: JSON per line, unique ids, keys, value types, quotas."""
import json, re, sys, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw13.jsonl")
ID = "cw13"
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
QUOTA = {("termination", "positive"): 30, ("termination", "negative"): 18,
         ("penalty", "positive"): 22, ("penalty", "negative"): 14,
         ("notice", "positive"): 24, ("notice", "negative"): 16,
         ("auto_renewal", "positive"): 12, ("auto_renewal", "negative"): 14}
ALLOWED = {"termination": {"holder"},
           "penalty": {"percent", "per_day", "amount", "floor", "base"},
           "notice": {"notice_days"},
           "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
errors = []
def err(n, msg): errors.append(f"line {n}: {msg}")
def num_or_blank(v): return (isinstance(v, (int, float)) and not isinstance(v, bool)) or v == "blank"

ids, texts, counts = set(), set(), collections.Counter()
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(n, "empty line"); continue
        try:
            o = json.loads(line)
        except Exception as e:
            err(n, f"bad JSON: {e}"); continue
        if set(o) != KEYS: err(n, f"keys {sorted(o)}")
        i = o.get("id", "")
        if not re.fullmatch(rf"{ID}-zh-(term|pen|not|ren)-\d{{3}}", i): err(n, f"bad id {i}")
        if i in ids: err(n, f"duplicate id {i}")
        ids.add(i)
        if o.get("lang") != "zh": err(n, "lang must be zh")
        fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
        if fam not in ALLOWED: err(n, f"family {fam}"); continue
        if kind not in ("positive", "negative"): err(n, f"kind {kind}")
        for k in ("style", "client", "text"):
            if not isinstance(o.get(k), str): err(n, f"{k} not a string")
        t = o.get("text", "")
        if not t.strip(): err(n, "empty text")
        if t in texts: err(n, "duplicate text")
        texts.add(t)
        if not isinstance(v, dict): err(n, "values not an object"); continue
        counts[(fam, kind)] += 1
        if kind == "negative" and v: err(n, "negative must carry {}")
        if set(v) - ALLOWED[fam]: err(n, f"unexpected value keys {set(v) - ALLOWED[fam]}")
        if "holder" in v and v["holder"] not in HOLDERS: err(n, f"holder {v['holder']}")
        for k in ("percent", "amount", "floor", "notice_days", "renewal_term_days"):
            if k in v and not num_or_blank(v[k]): err(n, f"{k} must be number or 'blank'")
        if "per_day" in v and not isinstance(v["per_day"], bool): err(n, "per_day must be bool")
        if "base" in v and not isinstance(v["base"], str): err(n, "base must be str")
        if fam == "notice" and kind == "positive" and "notice_days" not in v: err(n, "notice positive without notice_days")
        # forbidden figures from the brief
        if re.search(r"百分之三十(?!五)|30%|5000|伍仟|五千|180|一百八十", t): err(n, "forbidden figure (30%/5000/180)")

for key, q in QUOTA.items():
    if counts[key] != q: errors.append(f"quota {key}: {counts[key]} != {q}")
for fam in ALLOWED:
    print(f"{fam:13s} positive {counts[(fam,'positive')]:3d}  negative {counts[(fam,'negative')]:3d}")
print("total", sum(counts.values()))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
