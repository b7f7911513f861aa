#!/usr/bin/env python3
import json, re, sys, os
ID = "cw59"
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
VALKEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
FORBID = [r"(?<![\d.])30\s*%", r"(?<![\d.])30\s*per\s*cent", r"thirty\s*(\(30\)\s*)?per\s*cent",
          r"5,?000(?!\d)", r"(?<![\d,])5,?000", r"180\s*\)?\s*days", r"one\s+hundred\s+(and\s+)?eighty",
          "百分之三十", "五千", "一百八十日"]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"clauses-{ID}.jsonl")
errs = []; ids = set(); texts = set(); count = {}
idre = re.compile(rf"^{ID}-(en|zh)-(termination|penalty|notice|auto_renewal)-(p|n)(\d{{3}})$")
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try: o = json.loads(line)
    except Exception as e: errs.append(f"{ln}: bad json {e}"); continue
    if set(o) != {"id", "lang", "family", "kind", "style", "client", "text", "values"}:
        errs.append(f"{ln}: fields {sorted(o)}"); continue
    m = idre.match(o["id"])
    if not m: errs.append(f"{ln}: bad id {o['id']}"); continue
    lang, fam, pn, num = m.groups()
    if o["lang"] != lang or o["family"] != fam or o["kind"][0] != pn or o["kind"] not in ("positive", "negative"):
        errs.append(f"{ln}: id/field mismatch")
    if o["id"] in ids: errs.append(f"{ln}: dup id")
    ids.add(o["id"])
    t = o["text"]
    norm = re.sub(r"\s+", " ", t.lower())
    if norm in texts: errs.append(f"{ln}: dup text")
    texts.add(norm)
    if not o["style"].strip(): errs.append(f"{ln}: empty style")
    if lang == "en":
        if not (t[0].isupper() and t.endswith(".")): errs.append(f"{ln}: not whole sentence")
    elif not t.endswith(("。", "；")): errs.append(f"{ln}: not whole sentence")
    if o["client"] and not re.search(r"(?<![A-Za-z])" + re.escape(o["client"]) + r"(?![A-Za-z])", t):
        errs.append(f"{ln}: client '{o['client']}' not in text")
    for f in FORBID:
        if re.search(f, t, re.I): errs.append(f"{ln}: forbidden figure {f}")
    v = o["values"]
    if o["kind"] == "negative":
        if v != {}: errs.append(f"{ln}: negative with values")
    else:
        if not v or not set(v) <= VALKEYS[fam]: errs.append(f"{ln}: bad value keys {sorted(v)}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{ln}: bad holder")
        if fam == "penalty":
            if not ({"percent", "amount"} & set(v)): errs.append(f"{ln}: penalty needs percent/amount")
            for k in ("percent", "amount", "floor"):
                if k in v and not isinstance(v[k], (int, float)): errs.append(f"{ln}: {k} not number")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{ln}: per_day not bool")
        if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0):
            errs.append(f"{ln}: bad notice_days")
        if fam == "auto_renewal":
            r = v.get("renewal_term_days", "x")
            if not (r is None or (isinstance(r, int) and r > 0)): errs.append(f"{ln}: bad renewal_term_days")
            if "option" in norm or "right to re" in norm or " may, by notice" in norm:
                pass
    key = (fam, o["kind"]); count[key] = count.get(key, 0) + 1
    nums = count[key]
    if int(num) != nums: errs.append(f"{ln}: numbering gap ({num} vs {nums})")
for fam, (p, n) in QUOTA.items():
    if count.get((fam, "positive"), 0) != p: errs.append(f"quota {fam} positive {count.get((fam,'positive'),0)} != {p}")
    if count.get((fam, "negative"), 0) != n: errs.append(f"quota {fam} negative {count.get((fam,'negative'),0)} != {n}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {len(ids)} clauses")
