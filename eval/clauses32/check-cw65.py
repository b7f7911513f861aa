import json, re, sys, collections
ID = "cw65"
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
FORBID = [r"(?<![\d.,])30\s*%", r"\b30\s*per\s*cent", r"\bthirty\s*(per\s*cent|percent)", r"(?<![\d.,])5,?000(?![\d,])",
          r"\bfive thousand\b", r"(?<![\d.,])180\s*days", r"one hundred and eighty", r"百分之三十", r"五千", r"一百八十日"]
errs = []
ids, texts = set(), set()
cnt = collections.Counter()
n = 0
for ln, line in enumerate(open(f"clauses-{ID}.jsonl", encoding="utf-8"), 1):
    n += 1
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"{ln}: bad json {e}"); continue
    if set(o) != FIELDS: errs.append(f"{ln}: fields {set(o) ^ FIELDS}"); continue
    fam, kind, lang, t, v, cl = o["family"], o["kind"], o["lang"], o["text"], o["values"], o["client"]
    if fam not in QUOTA: errs.append(f"{ln}: family {fam}")
    if kind not in ("positive", "negative"): errs.append(f"{ln}: kind")
    if lang not in ("en", "zh"): errs.append(f"{ln}: lang")
    m = re.fullmatch(rf"{ID}-(en|zh)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})", o["id"])
    if not m or m.group(1) != lang or m.group(2) != fam or (m.group(3) == "p") != (kind == "positive"):
        errs.append(f"{ln}: id {o['id']}")
    if o["id"] in ids: errs.append(f"{ln}: dup id")
    ids.add(o["id"])
    if t in texts: errs.append(f"{ln}: dup text")
    texts.add(t)
    cnt[(fam, kind)] += 1
    if not o["style"].strip(): errs.append(f"{ln}: empty style")
    if cl and cl not in t: errs.append(f"{ln}: client '{cl}' not in text")
    if lang == "en":
        if not (t[0].isupper() and t.endswith(".")): errs.append(f"{ln}: not whole sentence")
        if t.count(".") > 1 and re.search(r"\.\s+[A-Z]", t): errs.append(f"{ln}: more than one sentence?")
    else:
        if not t.endswith(("。", "；")): errs.append(f"{ln}: zh ending")
    for p in FORBID:
        if re.search(p, t, re.I): errs.append(f"{ln}: forbidden figure {p}")
    if kind == "negative":
        if v != {}: errs.append(f"{ln}: negative values not empty")
        continue
    if fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in ("client", "provider", "either", "both", "none"): errs.append(f"{ln}: values {v}")
    elif fam == "penalty":
        if not set(v) <= {"percent", "amount", "floor", "base", "per_day"} or not ({"percent", "amount"} & set(v)): errs.append(f"{ln}: values {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and not isinstance(v[k], (int, float)): errs.append(f"{ln}: {k} not number")
        if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{ln}: per_day not bool")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or v["notice_days"] <= 0: errs.append(f"{ln}: values {v}")
    elif fam == "auto_renewal":
        if set(v) != {"renewal_term_days"} or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"], int)): errs.append(f"{ln}: values {v}")
for fam, (p, q) in QUOTA.items():
    if cnt[(fam, "positive")] != p: errs.append(f"quota {fam} positive {cnt[(fam, 'positive')]} != {p}")
    if cnt[(fam, "negative")] != q: errs.append(f"quota {fam} negative {cnt[(fam, 'negative')]} != {q}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print(f"OK {n} clauses")
