#!/usr/bin/env python3
"""Validate clauses-cw73.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw73.jsonl")
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"(?<![\d.])30\s*(%|per\s*cent|percent)", r"thirty\s+per\s*cent", r"百分之三十",
          r"(?<![\d.,])5[,\s]?000(?![\d])", r"五千", r"伍仟", r"(?<![\d.,])180(?![\d])", r"一百八十"]
errs, seen, counts = [], set(), {}
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        try: o = json.loads(line)
        except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
        if set(o) != FIELDS: errs.append(f"line {ln}: fields {sorted(o)}"); continue
        fam, kind, v, t = o["family"], o["kind"], o["values"], o["text"]
        if fam not in QUOTA: errs.append(f"line {ln}: family {fam}"); continue
        if kind not in ("positive", "negative"): errs.append(f"line {ln}: kind {kind}"); continue
        if o["lang"] != "en": errs.append(f"line {ln}: lang")
        ch = "p" if kind == "positive" else "n"
        counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
        exp = f"cw73-en-{fam}-{ch}{counts[(fam, kind)]:03d}"
        if o["id"] != exp: errs.append(f"line {ln}: id {o['id']} expected {exp}")
        if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"line {ln}: text")
        if not isinstance(o["style"], str) or not o["style"]: errs.append(f"line {ln}: style")
        if not isinstance(o["client"], str) or (o["client"] and o["client"] not in t):
            errs.append(f"line {ln}: client '{o['client']}' not in text")
        if t in seen: errs.append(f"line {ln}: duplicate text")
        seen.add(t)
        blob = t + " " + json.dumps(v)
        for b in BANNED:
            if re.search(b, blob, re.I): errs.append(f"line {ln}: banned figure /{b}/")
        if not isinstance(v, dict): errs.append(f"line {ln}: values not dict"); continue
        if kind == "negative":
            if v: errs.append(f"line {ln}: negative must have empty values")
            continue
        if fam == "termination":
            if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"):
                errs.append(f"line {ln}: termination values {v}")
        elif fam == "penalty":
            ok = {"percent", "amount", "floor", "base", "per_day"}
            if not v or not set(v) <= ok: errs.append(f"line {ln}: penalty keys {v}")
            for k in ("percent", "amount", "floor"):
                if k in v and not (num(v[k]) and v[k] > 0): errs.append(f"line {ln}: {k} not positive number")
            if "base" in v and not (isinstance(v["base"], str) and v["base"]): errs.append(f"line {ln}: base")
            if "per_day" in v and v["per_day"] is not True: errs.append(f"line {ln}: per_day must be true")
        elif fam == "notice":
            if set(v) != {"notice_days"} or not (isinstance(v["notice_days"], int) and not isinstance(v["notice_days"], bool) and v["notice_days"] > 0):
                errs.append(f"line {ln}: notice values {v}")
        elif fam == "auto_renewal":
            d = v.get("renewal_term_days", "missing")
            if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
                errs.append(f"line {ln}: auto_renewal values {v}")
            if "option to renew" in t.lower() and "option to renew" not in o["style"]: pass
for fam, (p, n) in QUOTA.items():
    if counts.get((fam, "positive"), 0) != p: errs.append(f"{fam}: {counts.get((fam,'positive'),0)} positives, need {p}")
    if counts.get((fam, "negative"), 0) != n: errs.append(f"{fam}: {counts.get((fam,'negative'),0)} negatives, need {n}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(seen)} clauses"); sys.exit(0)
