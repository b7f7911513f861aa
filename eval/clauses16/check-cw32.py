#!/usr/bin/env python3
"""Checks clauses-cw32.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, os
from collections import Counter

W = "cw32"
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, f"clauses-{W}.jsonl")
QUOTA = {("termination", "positive"): 24, ("termination", "negative"): 12,
         ("penalty", "positive"): 24, ("penalty", "negative"): 12,
         ("notice", "positive"): 28, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
ID_RE = re.compile(rf"^{W}-(zh|en)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
HOLDERS = {"client", "provider", "either", "both", "none"}
PEN_KEYS = {"percent", "amount", "floor", "base", "per_day"}
BANNED = [r"30\s*[%％]", r"百分之三十", r"5,?000", r"伍仟", r"五千", r"180", r"一百八十", r"六个月", r"半年"]

errs = []
def err(i, m): errs.append(f"line {i}: {m}")

rows = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(i, "blank line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(i, f"bad json: {e}"); continue
        rows.append((i, r))

ids, texts, counts = Counter(), Counter(), Counter()
for i, r in rows:
    if list(r.keys()) != FIELDS:
        err(i, f"fields {list(r.keys())} != {FIELDS}")
    for k in ("id", "lang", "family", "kind", "style", "client", "text"):
        if not isinstance(r.get(k), str):
            err(i, f"{k} not a string")
    if not isinstance(r.get("values"), dict):
        err(i, "values not an object"); continue
    m = ID_RE.match(r.get("id", ""))
    if not m:
        err(i, f"bad id {r.get('id')}"); continue
    lang, fam, pn, num = m.groups()
    if r["lang"] != "zh" or lang != "zh":
        err(i, "lang must be zh")
    if r["family"] != fam:
        err(i, "family does not match id")
    kind = r["kind"]
    if kind not in ("positive", "negative") or kind[0] != pn:
        err(i, "kind does not match id")
    if not r["style"].strip():
        err(i, "empty style")
    t = r["text"]
    if not t.strip() or t != t.strip():
        err(i, "empty text or leading/trailing space")
    if "\n" in t:
        err(i, "newline in text")
    if not re.search(r"[\u4e00-\u9fff]", t):
        err(i, "zh text has no Chinese")
    if not re.search(r"[。；;：:]$", t):
        err(i, "text does not end like a sentence or list item")
    if r["client"] and r["client"].replace(" ", "") not in t.replace(" ", ""):
        err(i, f"client word {r['client']!r} not in text")
    for b in BANNED:
        if re.search(b, t):
            err(i, f"banned figure {b}")
    v = r["values"]
    if kind == "negative":
        if v != {}:
            err(i, "negative must have empty values")
    elif fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in HOLDERS:
            err(i, f"termination values {v}")
    elif fam == "penalty":
        if not v or not set(v) <= PEN_KEYS:
            err(i, f"penalty values {v}")
        for k in ("percent", "amount", "floor"):
            if k in v and not (v[k] is None or isinstance(v[k], (int, float)) and not isinstance(v[k], bool)):
                err(i, f"penalty {k} not a number")
        if "base" in v and not (v["base"] is None or isinstance(v["base"], str)):
            err(i, "penalty base not a string")
        if "per_day" in v and not isinstance(v["per_day"], bool):
            err(i, "per_day not bool")
        if "base" in v and v["base"] and v["base"] not in t:
            err(i, f"base {v['base']!r} not in text")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            err(i, f"notice values {v}")
    elif fam == "auto_renewal":
        if set(v) - {"renewal_term_days"}:
            err(i, f"auto_renewal values {v}")
        d = v.get("renewal_term_days")
        if d is not None and (not isinstance(d, int) or isinstance(d, bool) or d <= 0):
            err(i, "renewal_term_days not a positive int")
    ids[r["id"]] += 1
    texts[re.sub(r"\s+", "", t)] += 1
    counts[(fam, kind)] += 1

for k, c in ids.items():
    if c > 1: errs.append(f"duplicate id {k}")
for k, c in texts.items():
    if c > 1: errs.append(f"duplicate text {k}")
for k, q in QUOTA.items():
    if counts[k] != q: errs.append(f"quota {k}: {counts[k]} != {q}")
for k in counts:
    if k not in QUOTA: errs.append(f"unexpected family/kind {k}")
# numbering must be consecutive from 001 within each family/kind
seq = {}
for i, r in rows:
    m = ID_RE.match(r.get("id", ""))
    if m:
        key = (m.group(2), m.group(3)); seq.setdefault(key, []).append(int(m.group(4)))
for key, nums in seq.items():
    if sorted(nums) != list(range(1, len(nums) + 1)):
        errs.append(f"numbering gap in {key}")

if errs:
    print("FAIL"); print("\n".join(errs)); sys.exit(1)
print(f"OK {len(rows)} clauses:", dict(sorted(counts.items())))
