#!/usr/bin/env python3
"""Validate clauses-cw31.jsonl: fields, id pattern, values, quotas, duplicates, banned figures."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cw31"
PATH = os.path.join(HERE, f"clauses-{ID}.jsonl")
QUOTA = {"termination": (26, 14), "penalty": (24, 14), "notice": (24, 12), "auto_renewal": (20, 14)}
FIELDS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
OPTIONAL = {"note"}
NOTES = {"option", "list item", "list lead-in"}
ID_RE = re.compile(rf"^{ID}-(en|zh)-(termination|penalty|notice|auto_renewal)-(p|n)\d{{3}}$")
VAL_KEYS = {"termination": {"holder"}, "penalty": {"percent", "amount", "floor", "base", "per_day"},
            "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
BANNED = [r"\b30\s*%", r"\b30\s*per\s*cent", r"\b5,?000\b", r"\b180\s*days", r"\bone hundred and eighty\b"]

errs = []
def err(i, msg): errs.append(f"line {i}: {msg}")

recs = []
with open(PATH, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if not line.strip():
            err(i, "blank line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(i, f"bad json {e}"); continue
        recs.append((i, r))

seen_id, seen_text, seen_norm = {}, {}, {}
counts = {}
for i, r in recs:
    keys = set(r)
    if not FIELDS <= keys: err(i, f"missing {FIELDS - keys}")
    if keys - FIELDS - OPTIONAL: err(i, f"extra {keys - FIELDS - OPTIONAL}")
    fam, kind, lang = r.get("family"), r.get("kind"), r.get("lang")
    if lang != "en": err(i, f"lang {lang}")
    if fam not in QUOTA: err(i, f"family {fam}"); continue
    if kind not in ("positive", "negative"): err(i, f"kind {kind}"); continue
    m = ID_RE.match(r.get("id", ""))
    if not m: err(i, f"id pattern {r.get('id')}")
    else:
        if m.group(1) != lang or m.group(2) != fam or m.group(3) != kind[0]:
            err(i, f"id does not match fields {r['id']}")
    for k in ("style", "client", "text"):
        if not isinstance(r.get(k), str): err(i, f"{k} not str")
    if not r.get("style", "").strip(): err(i, "empty style")
    t = r.get("text", "")
    if len(t) < 25: err(i, "text too short")
    if "\n" in t or t != t.strip(): err(i, "text has newline/outer spaces")
    if not re.search(r"[.;:]$", t): err(i, "text does not end like a sentence / list item")
    for b in BANNED:
        if re.search(b, t, re.I): err(i, f"banned figure {b}")
    if r["id"] in seen_id: err(i, f"duplicate id (line {seen_id[r['id']]})")
    seen_id[r["id"]] = i
    if t in seen_text: err(i, f"duplicate text (line {seen_text[t]})")
    seen_text[t] = i
    norm = re.sub(r"[^a-z0-9]", "", t.lower())
    if norm in seen_norm and seen_text.get(t) != seen_norm[norm]: err(i, f"near-duplicate text (line {seen_norm[norm]})")
    seen_norm[norm] = i
    v = r.get("values")
    if not isinstance(v, dict): err(i, "values not dict"); continue
    note = r.get("note")
    if note is not None and note not in NOTES: err(i, f"note {note}")
    if kind == "negative":
        if v: err(i, "negative with values")
        if note: err(i, "negative with note")
    else:
        extra = set(v) - VAL_KEYS[fam]
        if extra: err(i, f"bad value keys {extra}")
        if fam == "termination":
            if v.get("holder") not in HOLDERS: err(i, f"holder {v.get('holder')}")
        elif fam == "penalty":
            if not isinstance(v.get("per_day"), bool): err(i, "per_day missing/not bool")
            if "percent" not in v and "amount" not in v and not re.search(r"charge|fee|damages|interest|forfeit", t, re.I):
                err(i, "penalty without percent/amount or penalty word")
            for k in ("percent", "amount", "floor"):
                if k in v and not (v[k] is None or isinstance(v[k], (int, float))): err(i, f"{k} not number")
            if "base" in v and "percent" not in v: err(i, "base without percent")
            if "percent" in v and v["percent"] is not None and not v.get("base"): err(i, "percent without base")
        elif fam == "notice":
            nd = v.get("notice_days")
            if not isinstance(nd, int) or isinstance(nd, bool) or nd <= 0: err(i, f"notice_days {nd}")
            if nd == 180: err(i, "180 days avoided")
        elif fam == "auto_renewal":
            if "renewal_term_days" not in v: err(i, "renewal_term_days key missing")
            rd = v.get("renewal_term_days")
            if rd is not None and (not isinstance(rd, int) or rd <= 0): err(i, f"renewal_term_days {rd}")
            if rd == 180: err(i, "180 days avoided")
            if re.search(r"\boption\b", t, re.I) and note != "option": err(i, "renewal option without note 'option'")
        if note == "option" and fam != "auto_renewal": err(i, "option note outside auto_renewal")
        if note in ("list item", "list lead-in") and fam != "termination": err(i, "list note outside termination")
    counts[(fam, kind)] = counts.get((fam, kind), 0) + 1

for fam, (p, n) in QUOTA.items():
    gp, gn = counts.get((fam, "positive"), 0), counts.get((fam, "negative"), 0)
    if (gp, gn) != (p, n): errs.append(f"quota {fam}: got {gp}/{gn}, want {p}/{n}")

# per-family id numbering must be contiguous 001..N
for fam in QUOTA:
    for k in "pn":
        nums = sorted(int(r["id"][-3:]) for _, r in recs if r.get("family") == fam and r.get("kind", " ")[0] == k)
        if nums != list(range(1, len(nums) + 1)): errs.append(f"non-contiguous ids {fam}-{k}")

ocr = sum(1 for _, r in recs if "OCR" in r.get("style", ""))
ecom = sum(1 for _, r in recs if "e-commerce" in r.get("style", ""))
holders = {}
for _, r in recs:
    if r["family"] == "termination" and r["kind"] == "positive":
        holders[r["values"]["holder"]] = holders.get(r["values"]["holder"], 0) + 1
if ocr < 5: errs.append(f"only {ocr} OCR-style clauses")
if not 0.2 <= ecom / max(len(recs), 1) <= 0.33: errs.append(f"e-commerce share {ecom}/{len(recs)} off target")

print(f"{len(recs)} records; counts:", {f"{f}/{k}": c for (f, k), c in sorted(counts.items())})
print(f"OCR-style: {ocr}; e-commerce: {ecom} ({ecom/len(recs):.0%}); termination holders: {holders}")
if errs:
    print("FAIL"); [print(" ", e) for e in errs]; sys.exit(1)
print("PASS")
