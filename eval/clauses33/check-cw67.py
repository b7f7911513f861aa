#!/usr/bin/env python3
"""Validate clauses-cw67.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw67.jsonl")
QUOTAS = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
BANNED = [r"(?<![\d.,])30\s*%", r"(?<![\d.,])30\s*per\s*cent", r"thirty\s*(%|per\s*cent)", r"百分之三十",
          r"5,?000(?!\d)", r"五千", r"伍仟", r"(?<![\d.,])180\s*(-\s*)?days?", r"one hundred and eighty",
          r"一百八十", r"\bsix\s*months?\b", r"(?<![\d.,])6\s*(-\s*)?months?\b"]
num = lambda x: isinstance(x, (int, float)) and not isinstance(x, bool)
errs, seen_ids, seen_txt = [], set(), set()
counts = {(f, k): 0 for f in QUOTAS for k in ("positive", "negative")}
lines = open(PATH, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {ln}: bad JSON {e}"); continue
    if set(r) != FIELDS:
        errs.append(f"line {ln}: fields {sorted(set(r) ^ FIELDS)}"); continue
    fam, kind, v, t = r["family"], r["kind"], r["values"], r["text"]
    if r["lang"] != "en": errs.append(f"line {ln}: lang")
    if fam not in QUOTAS or kind not in ("positive", "negative"):
        errs.append(f"line {ln}: family/kind"); continue
    counts[(fam, kind)] += 1
    want = f"cw67-en-{fam}-{kind[0]}{counts[(fam, kind)]:03d}"
    if r["id"] != want: errs.append(f"line {ln}: id {r['id']} expected {want}")
    if r["id"] in seen_ids: errs.append(f"line {ln}: duplicate id")
    seen_ids.add(r["id"])
    if not isinstance(r["style"], str) or not r["style"].strip(): errs.append(f"line {ln}: style")
    if not isinstance(r["client"], str): errs.append(f"line {ln}: client type")
    elif r["client"] and r["client"] not in t: errs.append(f"line {ln}: client '{r['client']}' not in text")
    if not isinstance(t, str) or not t.strip() or "\n" in t: errs.append(f"line {ln}: text")
    key = re.sub(r"\s+", " ", t.strip().lower())
    if key in seen_txt: errs.append(f"line {ln}: duplicate text")
    seen_txt.add(key)
    for pat in BANNED:
        if re.search(pat, t, re.I): errs.append(f"line {ln}: banned figure /{pat}/")
    if not isinstance(v, dict): errs.append(f"line {ln}: values not object"); continue
    if kind == "negative":
        if v: errs.append(f"line {ln}: negative with values")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"):
            errs.append(f"line {ln}: termination values {v}")
    elif fam == "penalty":
        allowed = {"percent", "amount", "floor", "base", "per_day"}
        if not v or set(v) - allowed: errs.append(f"line {ln}: penalty keys {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and (not num(v[k]) or v[k] <= 0): errs.append(f"line {ln}: {k} not positive number")
        if "base" in v and (not isinstance(v["base"], str) or not v["base"]): errs.append(f"line {ln}: base")
        if "per_day" in v and v["per_day"] is not True: errs.append(f"line {ln}: per_day must be true")
        if not ({"percent", "amount"} & set(v)): errs.append(f"line {ln}: penalty needs percent or amount")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            errs.append(f"line {ln}: notice values {v}")
        elif v["notice_days"] == 180: errs.append(f"line {ln}: banned 180 days")
    elif fam == "auto_renewal":
        d = v.get("renewal_term_days", "missing")
        if set(v) != {"renewal_term_days"} or not (d is None or (isinstance(d, int) and not isinstance(d, bool) and d > 0)):
            errs.append(f"line {ln}: auto_renewal values {v}")
        elif d == 180: errs.append(f"line {ln}: banned 180 days")
        if "option to renew" in t.lower() or "may renew" in t.lower() or "may extend" in t.lower():
            if not r["style"].endswith(" - option to renew"): errs.append(f"line {ln}: option to renew style suffix missing")
for (f, k), n in counts.items():
    q = QUOTAS[f][0 if k == "positive" else 1]
    if n != q: errs.append(f"quota {f}/{k}: {n} != {q}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(lines)} clauses"); sys.exit(0)
