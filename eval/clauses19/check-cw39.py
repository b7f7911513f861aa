import json, re, sys
ID = "cw39"
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
VALUE_KEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
              "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
HOLDERS = {"client", "provider", "either", "both", "none"}
errs = []
ids, texts = set(), {}
count = {}
ocr = 0
for n, line in enumerate(open(f"clauses-{ID}.jsonl", encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    if set(r) != FIELDS: errs.append(f"line {n}: fields {sorted(r)}")
    fam, kind = r.get("family"), r.get("kind")
    if fam not in QUOTA: errs.append(f"line {n}: family {fam}"); continue
    if kind not in ("positive", "negative"): errs.append(f"line {n}: kind {kind}"); continue
    if r["lang"] != "en": errs.append(f"line {n}: lang")
    m = re.fullmatch(rf"{ID}-en-{fam}-([pn])(\d{{3}})", r["id"])
    if not m or m.group(1) != kind[0]: errs.append(f"line {n}: id {r['id']}")
    if r["id"] in ids: errs.append(f"line {n}: dup id")
    ids.add(r["id"])
    t = r["text"]
    if not isinstance(t, str) or len(t) < 20: errs.append(f"line {n}: text too short")
    key = re.sub(r"\W+", " ", t.lower()).strip()
    if key in texts: errs.append(f"line {n}: dup text of line {texts[key]}")
    texts[key] = n
    if "\n" in t: errs.append(f"line {n}: newline in text")
    if not re.search(r"[.;:]$", t): errs.append(f"line {n}: text not a whole sentence/list item")
    if re.search(r"\b30\s?%|\b30 per ?cent|\b5,?000\b|\b180\b|one hundred and eighty|six months", t, re.I):
        errs.append(f"line {n}: forbidden figure")
    if not isinstance(r["style"], str) or not r["style"]: errs.append(f"line {n}: style")
    if not isinstance(r["client"], str): errs.append(f"line {n}: client")
    elif r["client"] and r["client"].lower().replace("the ", "", 1) not in t.lower():
        errs.append(f"line {n}: client word '{r['client']}' not in text")
    v = r["values"]
    if not isinstance(v, dict): errs.append(f"line {n}: values"); continue
    if kind == "negative" and v: errs.append(f"line {n}: negative with values")
    if kind == "positive":
        if not set(v) <= VALUE_KEYS[fam]: errs.append(f"line {n}: value keys {sorted(v)}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"line {n}: holder")
        if fam == "notice" and not (isinstance(v.get("notice_days"), int) and v["notice_days"] > 0):
            errs.append(f"line {n}: notice_days")
        if fam == "auto_renewal" and "renewal_term_days" in v and v["renewal_term_days"] is not None \
                and not isinstance(v["renewal_term_days"], int): errs.append(f"line {n}: renewal_term_days")
        if fam == "penalty":
            if not ({"percent", "amount", "floor"} & {k for k, x in v.items() if x is not None}):
                errs.append(f"line {n}: penalty with no figure")
            for k in ("percent", "amount", "floor"):
                if k in v and v[k] is not None and not isinstance(v[k], (int, float)): errs.append(f"line {n}: {k}")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"line {n}: per_day")
            if v.get("percent") == 30: errs.append(f"line {n}: 30%")
    if re.search(r"\w- \w|\( \d|\d \)", t): ocr += 1
    count[(fam, kind)] = count.get((fam, kind), 0) + 1
for fam, (p, q) in QUOTA.items():
    if count.get((fam, "positive"), 0) != p: errs.append(f"{fam} positives {count.get((fam,'positive'),0)} != {p}")
    if count.get((fam, "negative"), 0) != q: errs.append(f"{fam} negatives {count.get((fam,'negative'),0)} != {q}")
if not 4 <= ocr <= 7: errs.append(f"OCR-like clauses: {ocr}")
print("\n".join(errs) if errs else f"OK: {sum(count.values())} clauses, {ocr} OCR-like, {count}")
sys.exit(1 if errs else 0)
