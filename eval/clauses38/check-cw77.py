#!/usr/bin/env python3
"""Validate clauses-cw77.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
from collections import Counter
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw77.jsonl")
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"(?<![\d.,])30\s*(%|per\s*cent|percent)", r"thirty\s*(%|per\s*cent|percent)",
          r"(?<![\d,.])5,?000(?![\d]|,\d)", r"five thousand", r"(?<![\d,.])180(?!\d)",
          r"one hundred and eighty", r"百分之三十", r"五千", r"伍仟", r"一百八十"]
errs = []; seen = set(); ids = set(); cnt = Counter(); mp = 0; n = 0
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    if not line.strip(): errs.append(f"line {ln}: blank"); continue
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
    n += 1
    if set(r) != FIELDS: errs.append(f"line {ln}: fields {sorted(r)}"); continue
    fam, kind, v, t = r["family"], r["kind"], r["values"], r["text"]
    if r["lang"] != "en": errs.append(f"{r['id']}: lang")
    if fam not in QUOTA: errs.append(f"{r['id']}: family"); continue
    if kind not in ("positive", "negative"): errs.append(f"{r['id']}: kind"); continue
    m = re.fullmatch(r"cw77-en-(\w+)-([pn])(\d{3})", r["id"])
    if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"{r['id']}: id pattern")
    if r["id"] in ids: errs.append(f"{r['id']}: duplicate id")
    ids.add(r["id"]); cnt[(fam, kind)] += 1
    if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"{r['id']}: text")
    if t in seen: errs.append(f"{r['id']}: duplicate text")
    seen.add(t)
    if not isinstance(r["style"], str) or not r["style"]: errs.append(f"{r['id']}: style")
    if not isinstance(r["client"], str) or (r["client"] and r["client"] not in t): errs.append(f"{r['id']}: client not in text")
    if "marketplace" in r["style"].lower(): mp += 1
    blob = t + " " + json.dumps(v)
    for b in BANNED:
        if re.search(b, blob, re.I): errs.append(f"{r['id']}: banned figure /{b}/")
    if not isinstance(v, dict): errs.append(f"{r['id']}: values not object"); continue
    if kind == "negative":
        if v: errs.append(f"{r['id']}: negative with values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"): errs.append(f"{r['id']}: holder")
    elif fam == "penalty":
        if not v or not set(v) <= {"percent", "amount", "floor", "base", "per_day"}: errs.append(f"{r['id']}: penalty keys")
        for k in ("percent", "amount", "floor"):
            if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"{r['id']}: {k} type")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"]): errs.append(f"{r['id']}: base type")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"{r['id']}: per_day must be true")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0: errs.append(f"{r['id']}: notice_days")
    elif fam == "auto_renewal":
        d = v.get("renewal_term_days", "x")
        if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)): errs.append(f"{r['id']}: renewal_term_days")
        opt = "option to renew" in r["style"]
        if opt and not r["style"].endswith(" - option to renew"): errs.append(f"{r['id']}: option style suffix")
for fam, (p, q) in QUOTA.items():
    if cnt[(fam, "positive")] != p: errs.append(f"{fam}: {cnt[(fam,'positive')]} positives, want {p}")
    if cnt[(fam, "negative")] != q: errs.append(f"{fam}: {cnt[(fam,'negative')]} negatives, want {q}")
if n and not (0.22 <= mp / n <= 0.40): errs.append(f"marketplace share {mp}/{n} outside 22-40 %")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {n} clauses"); sys.exit(0)
