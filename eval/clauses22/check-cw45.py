#!/usr/bin/env python3
"""Checks clauses-cw45.jsonl: fields, id pattern, quotas, duplicates, value keys, banned figures."""
import json, re, sys, collections
F = "clauses-cw45.jsonl"
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
ALLOWED = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
errs = []; ids = set(); texts = set(); cnt = collections.Counter()
for i, line in enumerate(open(F, encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {i}: bad json {e}"); continue
    if set(r) != KEYS: errs.append(f"line {i}: keys {sorted(r)}"); continue
    fam, kind, v, t = r["family"], r["kind"], r["values"], r["text"]
    if r["lang"] != "en": errs.append(f"{r['id']}: lang")
    if fam not in QUOTA: errs.append(f"{r['id']}: family"); continue
    if kind not in ("positive", "negative"): errs.append(f"{r['id']}: kind"); continue
    m = re.fullmatch(r"cw45-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})", r["id"])
    if not m or m.group(1) != fam or m.group(2) != kind[0]: errs.append(f"{r['id']}: id pattern")
    if r["id"] in ids: errs.append(f"{r['id']}: duplicate id")
    ids.add(r["id"])
    key = re.sub(r"\s+", " ", t.strip().lower())
    if key in texts: errs.append(f"{r['id']}: duplicate text")
    texts.add(key)
    if not isinstance(r["style"], str) or not r["style"]: errs.append(f"{r['id']}: style")
    if not isinstance(r["client"], str): errs.append(f"{r['id']}: client")
    if not t or "\n" in t: errs.append(f"{r['id']}: text empty or multiline")
    if not isinstance(v, dict): errs.append(f"{r['id']}: values not dict"); continue
    if kind == "negative" and v: errs.append(f"{r['id']}: negative with values")
    if kind == "positive":
        if not set(v) <= ALLOWED[fam]: errs.append(f"{r['id']}: bad value keys {set(v)-ALLOWED[fam]}")
        if fam == "termination" and v.get("holder") not in ("client", "provider", "either", "both", "none"):
            errs.append(f"{r['id']}: holder")
        if fam == "notice" and not isinstance(v.get("notice_days"), int): errs.append(f"{r['id']}: notice_days")
        if fam == "auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None \
                and not isinstance(v["renewal_term_days"], int): errs.append(f"{r['id']}: renewal_term_days")
        if fam == "penalty":
            if not ({"percent", "amount", "base"} & set(v)): errs.append(f"{r['id']}: penalty without figure/base")
            for k in ("percent", "amount", "floor"):
                if k in v and not isinstance(v[k], (int, float)): errs.append(f"{r['id']}: {k} not number")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{r['id']}: per_day")
    if re.search(r"\b30\s?%|\b30 per ?cent|\b5,?000\b|\b180\b", t): errs.append(f"{r['id']}: banned figure")
    cnt[(fam, kind)] += 1
for fam, (pq, nq) in QUOTA.items():
    if cnt[(fam, "positive")] != pq: errs.append(f"{fam} positives {cnt[(fam,'positive')]} != {pq}")
    if cnt[(fam, "negative")] != nq: errs.append(f"{fam} negatives {cnt[(fam,'negative')]} != {nq}")
print("\n".join(errs) if errs else f"OK: {sum(cnt.values())} clauses, {dict(cnt)}")
sys.exit(1 if errs else 0)
