#!/usr/bin/env python3
"""Checker for clauses-cw37.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, collections
ID = "cw37"
PATH = f"/work/traps-new/clauses18/{ID}/clauses-{ID}.jsonl"
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
VALKEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
BANNED = [r"\b30\s*%", r"thirty\s+per\s*cent", r"thirty\s+percent", r"\b5,?000\b", r"\b180\s*days?\b",
          r"one hundred (and )?eighty days"]
errs = []
def err(n, m): errs.append(f"line {n}: {m}")
ids, texts, norm = set(), {}, {}
count = collections.Counter()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    if not line.strip():
        err(n, "blank line"); continue
    try:
        r = json.loads(line)
    except Exception as e:
        err(n, f"bad json {e}"); continue
    if list(r.keys()) != FIELDS:
        err(n, f"fields {list(r.keys())}")
    fam, kind = r.get("family"), r.get("kind")
    if fam not in QUOTA: err(n, f"family {fam}"); continue
    if kind not in ("positive", "negative"): err(n, f"kind {kind}"); continue
    if r.get("lang") != "en": err(n, "lang must be en")
    m = re.fullmatch(rf"{ID}-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})", r.get("id", ""))
    if not m: err(n, f"id pattern {r.get('id')}")
    else:
        if m.group(1) != fam or m.group(2) != kind[0]: err(n, "id does not match family/kind")
    if r["id"] in ids: err(n, f"duplicate id {r['id']}")
    ids.add(r["id"])
    for k in ("style", "client", "text"):
        if not isinstance(r.get(k), str): err(n, f"{k} not a string")
    if not r["style"].strip(): err(n, "empty style")
    t = r["text"]
    if len(t) < 25: err(n, "text too short")
    if t != t.strip() or "\n" in t: err(n, "text whitespace/newline")
    if re.search(r"[\u4e00-\u9fff\uff0c\uff1b\uff1a\u3002]", t): err(n, "CJK in English text")
    if r["client"] and r["client"].lower() not in t.lower(): err(n, f"client word '{r['client']}' not in text")
    for b in BANNED:
        if re.search(b, t, re.I): err(n, f"banned figure /{b}/")
    if t in texts: err(n, f"duplicate text of line {texts[t]}")
    texts[t] = n
    key = re.sub(r"[^a-z0-9]", "", t.lower())
    if key in norm: err(n, f"near-duplicate of line {norm[key]}")
    norm[key] = n
    v = r.get("values")
    if not isinstance(v, dict): err(n, "values not an object"); continue
    if kind == "negative":
        if v: err(n, "negative must have empty values")
    else:
        extra = set(v) - VALKEYS[fam]
        if extra: err(n, f"unexpected value keys {extra}")
        if fam == "termination":
            if v.get("holder") not in HOLDERS: err(n, f"holder {v.get('holder')}")
        elif fam == "penalty":
            if not v: err(n, "penalty values empty")
            for k in ("percent", "amount", "floor"):
                if k in v and not (v[k] is None or isinstance(v[k], (int, float))): err(n, f"{k} not number")
            if "per_day" in v and not isinstance(v["per_day"], bool): err(n, "per_day not bool")
            if "base" in v and not (v["base"] is None or isinstance(v["base"], str)): err(n, "base not str")
            if v.get("percent") is not None and not v.get("base"): err(n, "percent without base")
        elif fam == "notice":
            nd = v.get("notice_days")
            if not isinstance(nd, int) or isinstance(nd, bool) or nd <= 0: err(n, f"notice_days {nd}")
        elif fam == "auto_renewal":
            if "renewal_term_days" in v and not (v["renewal_term_days"] is None or
                    (isinstance(v["renewal_term_days"], int) and v["renewal_term_days"] > 0)):
                err(n, "renewal_term_days")
    count[(fam, kind)] += 1
for fam, (p, q) in QUOTA.items():
    if count[(fam, "positive")] != p: errs.append(f"quota {fam} positive {count[(fam,'positive')]} != {p}")
    if count[(fam, "negative")] != q: errs.append(f"quota {fam} negative {count[(fam,'negative')]} != {q}")
# numbering contiguous
for fam in QUOTA:
    for k in "pn":
        nums = sorted(int(i[-3:]) for i in ids if f"-{fam}-{k}" in i)
        if nums != list(range(1, len(nums) + 1)): errs.append(f"numbering gap {fam} {k}")
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print("PASS", dict(count), "total", sum(count.values()))
