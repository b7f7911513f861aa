#!/usr/bin/env python3
"""Checks clauses-cw30.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw30.jsonl")
WRITER, LANG = "cw30", "zh"
QUOTA = {"termination": (24, 12), "penalty": (24, 12), "notice": (28, 12), "auto_renewal": (20, 14)}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
VALKEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
errs = []
def err(m): errs.append(m)
def norm(t):
    t = unicodedata.normalize("NFKC", t)
    return re.sub(r"[\s\W_]+", "", t)

rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: blank line"); continue
        try:
            rows.append((n, json.loads(line)))
        except Exception as e:
            err(f"line {n}: bad JSON {e}")

counts, ids, texts = {}, set(), {}
for n, r in rows:
    if set(r) != FIELDS:
        err(f"line {n}: fields {sorted(set(r) ^ FIELDS)}"); continue
    fam, kind = r["family"], r["kind"]
    if fam not in QUOTA: err(f"line {n}: family {fam}"); continue
    if kind not in ("positive", "negative"): err(f"line {n}: kind {kind}"); continue
    if r["lang"] != LANG: err(f"line {n}: lang {r['lang']}")
    m = re.fullmatch(rf"{WRITER}-{LANG}-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})", r["id"])
    if not m or m.group(1) != fam or m.group(2) != kind[0]:
        err(f"line {n}: id {r['id']} does not match family/kind")
    if r["id"] in ids: err(f"line {n}: duplicate id {r['id']}")
    ids.add(r["id"])
    for k in ("style", "text"):
        if not isinstance(r[k], str) or not r[k].strip(): err(f"line {n}: empty {k}")
    if not isinstance(r["client"], str): err(f"line {n}: client not str")
    elif r["client"] and r["client"] not in r["text"]: err(f"line {n}: client '{r['client']}' not in text")
    t = r["text"]
    if "\n" in t: err(f"line {n}: newline in text")
    if not re.search(r"[。；;：:.]\s*$", t): err(f"line {n}: text does not end like a sentence/list item")
    k = norm(t)
    if k in texts: err(f"line {n}: duplicate text of line {texts[k]}")
    texts[k] = n
    nt = unicodedata.normalize("NFKC", t).replace(" ", "")
    for bad in (r"30%", r"百分之三十(?![一二三四五六七八九点])", r"5000|5,000|五千", r"180日|180天|一百八十[日天]|六个月"):
        # 六个月 is allowed only as a contract-age condition, not as a period we label
        if re.search(bad, nt) and not (bad.endswith("六个月") and "履行满六个月" in nt):
            err(f"line {n}: banned figure /{bad}/")
    v = r["values"]
    if not isinstance(v, dict): err(f"line {n}: values not object"); continue
    if kind == "negative":
        if v: err(f"line {n}: negative with values")
    else:
        extra = set(v) - VALKEYS[fam]
        if extra: err(f"line {n}: unexpected values {extra}")
        if fam == "termination":
            if v.get("holder") not in HOLDERS: err(f"line {n}: holder {v.get('holder')}")
        elif fam == "penalty":
            if not isinstance(v.get("per_day"), bool): err(f"line {n}: per_day missing/not bool")
            for key in ("percent", "amount", "floor"):
                if key in v and not isinstance(v[key], (int, float)): err(f"line {n}: {key} not number")
            if "base" in v and "percent" not in v: err(f"line {n}: base without percent")
            if "percent" in v and not v.get("base"): err(f"line {n}: percent without base")
        elif fam == "notice":
            d = v.get("notice_days")
            if not isinstance(d, int) or d <= 0: err(f"line {n}: notice_days {d}")
        elif fam == "auto_renewal":
            if "renewal_term_days" not in v: err(f"line {n}: renewal_term_days missing")
            d = v["renewal_term_days"]
            if d is not None and (not isinstance(d, int) or d <= 0): err(f"line {n}: renewal_term_days {d}")
    counts[(fam, kind)] = counts.get((fam, kind), 0) + 1

for fam, (p, q) in QUOTA.items():
    for kind, want in (("positive", p), ("negative", q)):
        got = counts.get((fam, kind), 0)
        if got != want: err(f"quota {fam}/{kind}: {got} != {want}")
    # numbering contiguous
    for kind, want in (("positive", p), ("negative", q)):
        exp = {f"{WRITER}-{LANG}-{fam}-{kind[0]}{i:03d}" for i in range(1, want + 1)}
        if not exp <= ids: err(f"numbering gap in {fam}/{kind}")

if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK: {len(rows)} clauses;", ", ".join(f"{f} {counts.get((f,'positive'),0)}/{counts.get((f,'negative'),0)}" for f in QUOTA))
