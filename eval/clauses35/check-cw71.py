#!/usr/bin/env python3
"""Validate clauses-cw71.jsonl; print 'OK <n> clauses' or list errors."""
import json, re, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw71.jsonl")
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
ID_RE = re.compile(r"^cw71-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
BANNED = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])30\s*%", r"(?<![\d.,])30\s*per\s*cent", r"thirty\s*(per\s*cent|percent|%)",
    r"(?<![\d.,])5,?000(?![\d,])", r"five\s+thousand",
    r"(?<![\d.,])180(?!\d)", r"one\s+hundred\s+(and\s+)?eighty",
    r"百分之三十", r"五千", r"伍仟", r"一百八十"]]
errs, texts, counts, seq = [], Counter(), Counter(), {}
lines = open(PATH, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines, 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {ln}: bad JSON {e}"); continue
    if set(o) != KEYS:
        errs.append(f"line {ln}: keys {sorted(o)}"); continue
    m = ID_RE.match(o["id"])
    if not m:
        errs.append(f"line {ln}: bad id {o['id']}"); continue
    fam, pn, num = m.groups()
    kind = "positive" if pn == "p" else "negative"
    if o["lang"] != "en": errs.append(f"{o['id']}: lang")
    if o["family"] != fam: errs.append(f"{o['id']}: family mismatch")
    if o["kind"] != kind: errs.append(f"{o['id']}: kind mismatch")
    seq.setdefault((fam, pn), []).append(int(num))
    for k in ("style", "client", "text"):
        if not isinstance(o[k], str): errs.append(f"{o['id']}: {k} not str")
    t = o["text"]
    if not t.strip() or "\n" in t or "\r" in t: errs.append(f"{o['id']}: empty or multiline text")
    if o["client"] and o["client"].lower() not in t.lower(): errs.append(f"{o['id']}: client word not in text")
    if not o["style"].strip(): errs.append(f"{o['id']}: empty style")
    if " - option to renew" in o["style"] and not (fam == "auto_renewal" and kind == "positive"):
        errs.append(f"{o['id']}: option-to-renew style outside auto_renewal positives")
    texts[t.strip()] += 1
    counts[(fam, kind)] += 1
    blob = t + " " + json.dumps(o["values"])
    for b in BANNED:
        if b.search(blob): errs.append(f"{o['id']}: banned figure /{b.pattern}/")
    v = o["values"]
    if not isinstance(v, dict): errs.append(f"{o['id']}: values not object"); continue
    num_ok = lambda x: isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0
    if kind == "negative":
        if v: errs.append(f"{o['id']}: negative with values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"):
            errs.append(f"{o['id']}: bad termination values {v}")
    elif fam == "penalty":
        if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}:
            errs.append(f"{o['id']}: bad penalty keys {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and not num_ok(v[k]): errs.append(f"{o['id']}: {k} not a number")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"].strip()): errs.append(f"{o['id']}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"{o['id']}: per_day must be true")
        if "percent" in v and "%" not in t and "per cent" not in t.lower() and "percent" not in t.lower():
            errs.append(f"{o['id']}: percent value but no percent in text")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            errs.append(f"{o['id']}: bad notice values {v}")
    elif fam == "auto_renewal":
        d = v.get("renewal_term_days", "missing")
        if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
            errs.append(f"{o['id']}: bad auto_renewal values {v}")
for t, c in texts.items():
    if c > 1: errs.append(f"duplicate text x{c}: {t[:60]}")
for fam, (p, n) in QUOTA.items():
    if counts[(fam, "positive")] != p: errs.append(f"{fam}: {counts[(fam,'positive')]} positives, want {p}")
    if counts[(fam, "negative")] != n: errs.append(f"{fam}: {counts[(fam,'negative')]} negatives, want {n}")
for (fam, pn), nums in seq.items():
    if sorted(nums) != list(range(1, len(nums) + 1)): errs.append(f"{fam}-{pn}: numbering not 1..{len(nums)}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(lines)} clauses"); sys.exit(0)
