#!/usr/bin/env python3
"""Validate clauses-cw74.jsonl: fields, ids, quotas, value types, banned figures, duplicates."""
import json, re, sys, os
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw74.jsonl")
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
BANNED = [r"(?<![\d.])30\s*%", "百分之三十", r"(?<!\d)5,?000(?!\d)", "五千", "伍仟",
          r"(?<!\d)180(?!\d)", "一百八十"]
errs, texts, ids = [], set(), set()
counts = {(f, k): 0 for f in QUOTA for k in ("positive", "negative")}
seq = {}
with open(PATH, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            errs.append(f"line {ln}: blank line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}"); continue
        if list(r.keys()) != FIELDS:
            errs.append(f"line {ln}: fields {list(r.keys())}"); continue
        fam, kind, v, t = r["family"], r["kind"], r["values"], r["text"]
        if r["lang"] != "zh": errs.append(f"line {ln}: lang")
        if fam not in QUOTA: errs.append(f"line {ln}: family {fam}"); continue
        if kind not in ("positive", "negative"): errs.append(f"line {ln}: kind"); continue
        m = re.fullmatch(r"cw74-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", r["id"])
        if not m or m.group(1) != fam or m.group(2) != kind[0]:
            errs.append(f"line {ln}: id {r['id']}")
        else:
            key = (fam, kind); seq[key] = seq.get(key, 0) + 1
            if int(m.group(3)) != seq[key]: errs.append(f"line {ln}: id not sequential {r['id']}")
        if r["id"] in ids: errs.append(f"line {ln}: dup id")
        ids.add(r["id"])
        if not isinstance(r["style"], str) or not r["style"]: errs.append(f"line {ln}: style")
        if not isinstance(r["client"], str): errs.append(f"line {ln}: client type")
        elif r["client"] and r["client"] not in t: errs.append(f"line {ln}: client word not in text")
        if not isinstance(t, str) or not t.strip() or "\n" in t or "\r" in t: errs.append(f"line {ln}: text")
        if t in texts: errs.append(f"line {ln}: duplicate text")
        texts.add(t)
        for b in BANNED:
            if re.search(b, t) or re.search(b, json.dumps(v, ensure_ascii=False)):
                errs.append(f"line {ln}: banned figure {b}")
        counts[(fam, kind)] += 1
        if not isinstance(v, dict): errs.append(f"line {ln}: values not dict"); continue
        if kind == "negative":
            if v: errs.append(f"line {ln}: negative must have empty values")
            continue
        num = lambda x: isinstance(x, (int, float)) and not isinstance(x, bool)
        if fam == "termination":
            if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "none"):
                errs.append(f"line {ln}: termination values {v}")
        elif fam == "penalty":
            if not v: errs.append(f"line {ln}: penalty values empty")
            for k, x in v.items():
                if k in ("percent", "amount", "floor"):
                    if not num(x) or x <= 0: errs.append(f"line {ln}: {k} not positive number")
                elif k == "base":
                    if not isinstance(x, str) or not x: errs.append(f"line {ln}: base")
                    elif x not in t: errs.append(f"line {ln}: base not in text")
                elif k == "per_day":
                    if x is not True: errs.append(f"line {ln}: per_day must be true")
                else: errs.append(f"line {ln}: unknown penalty key {k}")
        elif fam == "notice":
            if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
                errs.append(f"line {ln}: notice values {v}")
        elif fam == "auto_renewal":
            x = v.get("renewal_term_days", "missing")
            if set(v) != {"renewal_term_days"} or not (x is None or (isinstance(x, int) and not isinstance(x, bool) and x > 0)):
                errs.append(f"line {ln}: auto_renewal values {v}")
for f, (p, n) in QUOTA.items():
    if counts[(f, "positive")] != p: errs.append(f"{f}: {counts[(f,'positive')]} positives, want {p}")
    if counts[(f, "negative")] != n: errs.append(f"{f}: {counts[(f,'negative')]} negatives, want {n}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {sum(counts.values())} clauses"); sys.exit(0)
