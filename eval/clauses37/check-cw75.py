#!/usr/bin/env python3
"""Validate clauses-cw75.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw75.jsonl")
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
ID_RE = re.compile(r"^cw75-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
BANNED = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])30\s*(%|per\s*cent|percent)", r"thirty\s+per\s*cent", r"(?<![\d.,])5[, ]?000(?![\d])",
    r"five\s+thousand", r"(?<![\d.,])180\s*(days|-day)", r"one\s+hundred\s+(and\s+)?eighty"]]
NUM = (int, float)
errs, seen_text, seen_id, counts, nums = [], set(), set(), {}, {}
def num(v): return isinstance(v, NUM) and not isinstance(v, bool)
lines = open(PATH, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines, 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
    if set(r) != KEYS: errs.append(f"line {ln}: keys {sorted(r)}"); continue
    m = ID_RE.match(r["id"]); i = r["id"]
    if not m: errs.append(f"{i}: bad id"); continue
    fam, k, n = m.group(1), m.group(2), int(m.group(3))
    if r["lang"] != "en": errs.append(f"{i}: lang")
    if r["family"] != fam: errs.append(f"{i}: family mismatch")
    if r["kind"] != {"p": "positive", "n": "negative"}[k]: errs.append(f"{i}: kind mismatch")
    if i in seen_id: errs.append(f"{i}: duplicate id")
    seen_id.add(i); nums.setdefault((fam, k), []).append(n)
    for f in ("style", "client", "text"):
        if not isinstance(r[f], str): errs.append(f"{i}: {f} not str")
    t = r["text"]
    if not t.strip() or "\n" in t or "\r" in t: errs.append(f"{i}: empty or multiline text")
    if not r["style"].strip(): errs.append(f"{i}: empty style")
    if r["client"] and r["client"].lower() not in t.lower(): errs.append(f"{i}: client word not in text")
    key = re.sub(r"\s+", " ", t.strip().lower())
    if key in seen_text: errs.append(f"{i}: duplicate text")
    seen_text.add(key)
    blob = t + " " + json.dumps(r["values"])
    for b in BANNED:
        if b.search(t): errs.append(f"{i}: banned figure /{b.pattern}/")
    v = r["values"]
    if not isinstance(v, dict): errs.append(f"{i}: values not dict"); continue
    counts[(fam, r["kind"])] = counts.get((fam, r["kind"]), 0) + 1
    if k == "n":
        if v: errs.append(f"{i}: negative must have empty values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"): errs.append(f"{i}: holder")
    elif fam == "penalty":
        if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}: errs.append(f"{i}: penalty keys {sorted(v)}")
        for kk in ("percent", "amount", "floor"):
            if kk in v and (not num(v[kk]) or v[kk] <= 0): errs.append(f"{i}: {kk} not positive number")
        if "percent" in v and v["percent"] == 30: errs.append(f"{i}: banned percent 30")
        if "amount" in v and v["amount"] == 5000: errs.append(f"{i}: banned amount 5000")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"].strip()): errs.append(f"{i}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"{i}: per_day must be true")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            errs.append(f"{i}: notice_days")
        elif v["notice_days"] == 180: errs.append(f"{i}: banned 180")
    elif fam == "auto_renewal":
        d = v.get("renewal_term_days", "missing")
        if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
            errs.append(f"{i}: renewal_term_days")
        elif d == 180: errs.append(f"{i}: banned 180")
        opt = re.search(r"\boption to renew\b|\bright to renew\b|\bmay\b.*\bextend\b", t, re.I)
        if opt and not r["style"].endswith(" - option to renew"): errs.append(f"{i}: option clause without style suffix")
        if r["style"].endswith(" - option to renew") and not opt: errs.append(f"{i}: suffix but no option wording")
for fam, (p, q) in QUOTA.items():
    for kind, want in (("positive", p), ("negative", q)):
        got = counts.get((fam, kind), 0)
        if got != want: errs.append(f"quota {fam}/{kind}: {got} != {want}")
for (fam, k), ns in nums.items():
    if sorted(ns) != list(range(1, len(ns) + 1)): errs.append(f"numbering gap in {fam}-{k}")
extra = set(f for f, _ in counts) - set(QUOTA)
if extra: errs.append(f"unknown families {extra}")
if errs:
    print("\n".join(errs)); print(f"FAIL {len(errs)} errors"); sys.exit(1)
print(f"OK {len(lines)} clauses"); sys.exit(0)
