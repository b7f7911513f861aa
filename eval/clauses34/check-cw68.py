#!/usr/bin/env python3
"""Validate clauses-cw68.jsonl. Prints 'OK <n> clauses' and exits 0, else lists errors and exits 1."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw68.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"30\s*%", r"30\s*％", "百分之三十", r"5,?000", "五千", "伍仟", "180", "一百八十"]
errs = []; texts = {}; counts = {}; seen_ids = set()
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
with open(PATH, encoding="utf-8") as f:
    lines = [l for l in f.read().split("\n") if l.strip()]
for ln, line in enumerate(lines, 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
    if set(r) != KEYS: errs.append(f"line {ln}: keys {sorted(r)}"); continue
    fam, kind, v, t = r["family"], r["kind"], r["values"], r["text"]
    if r["lang"] != "zh": errs.append(f"line {ln}: lang")
    if fam not in QUOTA: errs.append(f"line {ln}: family {fam}"); continue
    if kind not in ("positive", "negative"): errs.append(f"line {ln}: kind"); continue
    m = re.fullmatch(r"cw68-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", r["id"])
    if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"line {ln}: id {r['id']}")
    if r["id"] in seen_ids: errs.append(f"line {ln}: duplicate id")
    seen_ids.add(r["id"])
    counts.setdefault((fam, kind), []).append(int(m.group(3)) if m else 0)
    if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"line {ln}: text")
    if not isinstance(r["style"], str) or not r["style"]: errs.append(f"line {ln}: style")
    if not isinstance(r["client"], str): errs.append(f"line {ln}: client type")
    elif r["client"] and r["client"] not in t: errs.append(f"line {ln}: client '{r['client']}' not in text")
    if t in texts: errs.append(f"line {ln}: duplicate text of line {texts[t]}")
    texts[t] = ln
    blob = t + " " + json.dumps(v, ensure_ascii=False)
    for b in BANNED:
        if re.search(b, blob): errs.append(f"line {ln}: banned figure /{b}/")
    if not isinstance(v, dict): errs.append(f"line {ln}: values not dict"); continue
    if kind == "negative":
        if v: errs.append(f"line {ln}: negative must have empty values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"):
            errs.append(f"line {ln}: termination values {v}")
    elif fam == "penalty":
        if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}: errs.append(f"line {ln}: penalty keys {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and not (num(v[k]) and v[k] > 0): errs.append(f"line {ln}: {k} not positive number")
        if "base" in v and not (isinstance(v["base"], str) and v["base"]): errs.append(f"line {ln}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"line {ln}: per_day must be true")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not (isinstance(v["notice_days"], int) and not isinstance(v["notice_days"], bool) and v["notice_days"] > 0):
            errs.append(f"line {ln}: notice values {v}")
    elif fam == "auto_renewal":
        if set(v) != {"renewal_term_days"}: errs.append(f"line {ln}: renewal keys {v}")
        else:
            d = v["renewal_term_days"]
            if d is not None and not (isinstance(d, int) and not isinstance(d, bool) and d > 0):
                errs.append(f"line {ln}: renewal_term_days {d}")
for fam, (np_, nn) in QUOTA.items():
    for kind, q in (("positive", np_), ("negative", nn)):
        got = sorted(counts.get((fam, kind), []))
        if len(got) != q: errs.append(f"quota {fam}/{kind}: {len(got)} != {q}")
        elif got != list(range(1, q + 1)): errs.append(f"numbering {fam}/{kind} not 001..{q:03d}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(lines)} clauses"); sys.exit(0)
