import json, re, sys
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
VKEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
         "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
ABBR = {"termination": "termination", "penalty": "penalty", "notice": "notice", "auto_renewal": "auto_renewal"}
errs = []; ids = set(); texts = set(); cnt = {}
for n, line in enumerate(open("clauses-cw54.jsonl", encoding="utf-8"), 1):
    r = json.loads(line)
    if set(r) != {"id", "lang", "family", "kind", "style", "client", "text", "values"}: errs.append(f"{n}: fields {set(r)}")
    fam, kind = r["family"], r["kind"]
    if fam not in QUOTA: errs.append(f"{n}: family"); continue
    if kind not in ("positive", "negative"): errs.append(f"{n}: kind")
    if r["lang"] != "zh": errs.append(f"{n}: lang")
    if not re.fullmatch(rf"cw54-zh-{ABBR[fam]}-{kind[0]}\d{{3}}", r["id"]): errs.append(f"{n}: id {r['id']}")
    if r["id"] in ids: errs.append(f"{n}: dup id")
    ids.add(r["id"])
    t = r["text"].strip()
    if t in texts: errs.append(f"{n}: dup text")
    texts.add(t)
    if not t or not isinstance(r["style"], str) or not r["style"] or not isinstance(r["client"], str): errs.append(f"{n}: empty")
    if re.search(r"30\s*[%％]|百分之三十|5000|5,000|五千|180\s*[日天]|一百八十", t): errs.append(f"{n}: banned figure")
    v = r["values"]
    if kind == "negative":
        if v != {}: errs.append(f"{n}: negative with values")
    else:
        if not set(v) <= VKEYS[fam]: errs.append(f"{n}: value keys {set(v)}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{n}: holder")
        if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0): errs.append(f"{n}: notice_days")
        if fam == "auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None and not isinstance(v["renewal_term_days"], int): errs.append(f"{n}: renewal")
        if fam == "penalty":
            for k in ("percent", "amount", "floor"):
                if k in v and v[k] is not None and not isinstance(v[k], (int, float)): errs.append(f"{n}: {k}")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{n}: per_day")
    cnt[(fam, kind)] = cnt.get((fam, kind), 0) + 1
for fam, (p, ng) in QUOTA.items():
    if cnt.get((fam, "positive"), 0) != p or cnt.get((fam, "negative"), 0) != ng:
        errs.append(f"quota {fam}: {cnt.get((fam,'positive'),0)}/{cnt.get((fam,'negative'),0)} want {p}/{ng}")
print("\n".join(errs) or f"OK {sum(cnt.values())} clauses {cnt}")
sys.exit(1 if errs else 0)
