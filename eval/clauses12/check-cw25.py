#!/usr/bin/env python3
"""Validate clauses-cw25.jsonl: JSON per line, unique ids, keys, value types, quotas."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw25.jsonl")
ID = "cw25"
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
FAMILIES = {"termination", "penalty", "notice", "auto_renewal"}
QUOTA = {("termination", "positive"): 26, ("termination", "negative"): 14,
         ("penalty", "positive"): 24, ("penalty", "negative"): 14,
         ("notice", "positive"): 24, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
HOLDERS = {"client", "provider", "either", "both", "none"}
PEN_KEYS = {"percent", "per_day", "amount", "floor", "base"}

errors = []
def err(n, msg): errors.append(f"line {n}: {msg}")
def num_or_blank(v): return v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0)

ids, counts, texts = set(), collections.Counter(), set()
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(n, "empty line"); continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(n, f"bad JSON: {e}"); continue
        if set(o) != KEYS:
            err(n, f"keys {sorted(o)}"); continue
        if not isinstance(o["id"], str) or not o["id"].startswith(ID + "-"): err(n, "id prefix")
        if o["id"] in ids: err(n, f"duplicate id {o['id']}")
        ids.add(o["id"])
        if o["lang"] != "en": err(n, "lang must be en")
        if o["family"] not in FAMILIES: err(n, "family")
        if o["kind"] not in ("positive", "negative"): err(n, "kind")
        for k in ("style", "client", "text"):
            if not isinstance(o[k], str): err(n, f"{k} not str")
        t = o["text"].strip()
        if not t or t[0].islower(): err(n, "text must start like a sentence / list item")
        if not re.search(r"[.:;]$", t): err(n, "text must end with . : or ;")
        if t in texts: err(n, "duplicate text")
        texts.add(t)
        if "\n" in t: err(n, "newline in text")
        v = o["values"]
        if not isinstance(v, dict): err(n, "values not dict"); continue
        counts[(o["family"], o["kind"])] += 1
        if o["kind"] == "negative":
            if v: err(n, "negative must have empty values")
            continue
        fam = o["family"]
        if fam == "termination":
            if set(v) - {"holder"}: err(n, f"termination keys {sorted(v)}")
            if "holder" in v and v["holder"] not in HOLDERS: err(n, "holder value")
        elif fam == "penalty":
            if set(v) - PEN_KEYS: err(n, f"penalty keys {sorted(v)}")
            for k in ("percent", "amount", "floor"):
                if k in v and not num_or_blank(v[k]): err(n, f"{k} type")
            if "per_day" in v and not isinstance(v["per_day"], bool): err(n, "per_day type")
            if "per_day" in v and "percent" not in v and "amount" not in v: err(n, "per_day without rate")
            if "base" in v and not isinstance(v["base"], str): err(n, "base type")
        elif fam == "notice":
            if set(v) != {"notice_days"}: err(n, "notice needs exactly notice_days")
            elif not num_or_blank(v["notice_days"]): err(n, "notice_days type")
        elif fam == "auto_renewal":
            if set(v) - {"renewal_term_days"}: err(n, f"auto_renewal keys {sorted(v)}")
            if "renewal_term_days" in v and not num_or_blank(v["renewal_term_days"]): err(n, "renewal_term_days type")

for k, q in QUOTA.items():
    if counts[k] != q: errors.append(f"quota {k}: have {counts[k]}, want {q}")
for k in counts:
    if k not in QUOTA: errors.append(f"unexpected {k}")

# banned figures from the brief
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        t = json.loads(line)["text"]
        if re.search(r"\b30\s*%|\bthirty percent|\b5,?000\b|\b180\s*days|one hundred (and )?eighty", t, re.I):
            err(n, "banned figure (30%, 5000, 180 days)")

for fam in ("termination", "penalty", "notice", "auto_renewal"):
    print(f"{fam:13s} positive {counts[(fam,'positive')]:3d}  negative {counts[(fam,'negative')]:3d}")
print(f"total {sum(counts.values())}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
