#!/usr/bin/env python3
"""Checks clauses-cw44.jsonl: fields, id pattern, quotas, duplicates, values, banned figures."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw44.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
ALLOWED_VALUES = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
                  "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
ID_RE = re.compile(r"^cw44-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
errs = []; counts = {}; ids = set(); texts = set()
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip():
        errs.append(f"{ln}: blank line"); continue
    try: o = json.loads(line)
    except Exception as e:
        errs.append(f"{ln}: bad json {e}"); continue
    if list(o.keys()) != FIELDS: errs.append(f"{ln}: fields {list(o.keys())}")
    m = ID_RE.match(o.get("id", ""))
    if not m: errs.append(f"{ln}: bad id {o.get('id')}"); continue
    fam, pn = m.group(1), m.group(2)
    if o["lang"] != "zh": errs.append(f"{ln}: lang")
    if o["family"] != fam: errs.append(f"{ln}: family/id mismatch")
    kind = {"p": "positive", "n": "negative"}[pn]
    if o["kind"] != kind: errs.append(f"{ln}: kind/id mismatch")
    for k in ("style", "client", "text"):
        if not isinstance(o[k], str): errs.append(f"{ln}: {k} not str")
    if not o["style"].strip() or not o["text"].strip(): errs.append(f"{ln}: empty style/text")
    if o["id"] in ids: errs.append(f"{ln}: dup id")
    ids.add(o["id"])
    norm = re.sub(r"\s+", "", o["text"])
    if norm in texts: errs.append(f"{ln}: dup text")
    texts.add(norm)
    if "\n" in o["text"]: errs.append(f"{ln}: newline in text")
    if o["client"] and o["client"] not in o["text"] and o["client"] not in ("老板", "亲"):
        errs.append(f"{ln}: client word '{o['client']}' not in text")
    for bad in ("30%", "30％", "百分之三十", "5000", "五千", "180天", "180日", "一百八十"):
        if bad in o["text"]: errs.append(f"{ln}: banned figure {bad}")
    v = o["values"]
    if not isinstance(v, dict): errs.append(f"{ln}: values not dict"); continue
    if kind == "negative":
        if v: errs.append(f"{ln}: negative with values")
    else:
        extra = set(v) - ALLOWED_VALUES[fam]
        if extra: errs.append(f"{ln}: extra value keys {extra}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{ln}: holder")
        if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0):
            errs.append(f"{ln}: notice_days")
        if fam == "auto_renewal":
            if "renewal_term_days" not in v: errs.append(f"{ln}: renewal_term_days missing")
            elif v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"], int):
                errs.append(f"{ln}: renewal_term_days type")
        if fam == "penalty":
            for k in ("percent", "amount", "floor"):
                if k in v and not isinstance(v[k], (int, float)): errs.append(f"{ln}: {k} type")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{ln}: per_day type")
            if "base" in v and not isinstance(v["base"], str): errs.append(f"{ln}: base type")
            if "percent" in v and "base" not in v: errs.append(f"{ln}: percent without base")
    counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
for fam, (p, n) in QUOTA.items():
    for kind, q in (("positive", p), ("negative", n)):
        if counts.get((fam, kind), 0) != q: errs.append(f"quota {fam}/{kind}: {counts.get((fam, kind), 0)} != {q}")
# sequential numbering
for fam in QUOTA:
    for pn in "pn":
        nums = sorted(int(i[-3:]) for i in ids if f"-{fam}-{pn}" in i)
        if nums != list(range(1, len(nums) + 1)): errs.append(f"numbering gap {fam}-{pn}")
print("counts:", {f"{k[0]}/{k[1]}": c for k, c in sorted(counts.items())}, "total", sum(counts.values()))
if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print("OK")
