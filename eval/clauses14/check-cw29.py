#!/usr/bin/env python3
"""Checker for clauses-cw29.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, os, collections

ID = "cw29"
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, f"clauses-{ID}.jsonl")
QUOTA = {("termination", "positive"): 26, ("termination", "negative"): 14,
         ("penalty", "positive"): 24, ("penalty", "negative"): 14,
         ("notice", "positive"): 24, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
ALLOWED = {"termination": {"holder", "note"},
           "penalty": {"percent", "amount", "floor", "base", "per_day"},
           "notice": {"notice_days"},
           "auto_renewal": {"renewal_term_days", "note"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
ID_RE = re.compile(rf"^{ID}-(en)-(termination|penalty|notice|auto_renewal)-([pn])(\d{{3}})$")
BANNED = [re.compile(r"\b30\s*%"), re.compile(r"thirty\s+percent", re.I), re.compile(r"\b5,?000\b"),
          re.compile(r"\b180\b"), re.compile(r"one hundred and eighty", re.I), re.compile(r"\bsix \(6\) months|\bsix months", re.I)]

errors = []
def err(n, msg): errors.append(f"line {n}: {msg}")

counts = collections.Counter()
ids, texts = set(), {}
num = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(n, "blank line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(n, f"bad json {e}"); continue
        if list(r.keys()) != FIELDS:
            err(n, f"fields {list(r.keys())}")
        m = ID_RE.match(r.get("id", ""))
        if not m:
            err(n, f"bad id {r.get('id')}"); continue
        lang, fam, pn, _ = m.groups()
        if r["lang"] != "en" or lang != "en": err(n, "lang must be en")
        if r["family"] != fam: err(n, "family/id mismatch")
        if r["kind"] not in ("positive", "negative") or r["kind"][0] != pn: err(n, "kind/id mismatch")
        for k in ("style", "client", "text"):
            if not isinstance(r.get(k), str): err(n, f"{k} not a string")
        if not r["style"].strip(): err(n, "empty style")
        t = r["text"]
        if len(t) < 25: err(n, "text too short")
        if t != t.strip() or "\n" in t: err(n, "text whitespace/newline")
        if not re.search(r"[.;:]$", t): err(n, "text does not end like a sentence/list item")
        if re.search(r"[\u4e00-\u9fff]", t): err(n, "CJK in English text")
        if r["client"] and r["client"].lower() not in t.lower(): err(n, f"client word '{r['client']}' not in text")
        for b in BANNED:
            if b.search(t): err(n, f"banned figure {b.pattern}")
        if r["id"] in ids: err(n, "duplicate id")
        ids.add(r["id"])
        key = re.sub(r"\W+", " ", t.lower()).strip()
        if key in texts: err(n, f"duplicate text of line {texts[key]}")
        texts[key] = n
        v = r["values"]
        if not isinstance(v, dict): err(n, "values not dict"); continue
        if r["kind"] == "negative":
            if v: err(n, "negative must have empty values")
        else:
            extra = set(v) - ALLOWED[fam]
            if extra: err(n, f"unexpected value keys {extra}")
            if fam == "termination":
                if v.get("holder") not in HOLDERS: err(n, "holder missing/invalid")
                if "note" in v and v["note"] not in ("list item", "list lead-in"): err(n, "bad termination note")
            elif fam == "penalty":
                if not v: err(n, "penalty values empty")
                for k in ("percent", "amount", "floor"):
                    if k in v and v[k] is not None and not num(v[k]): err(n, f"{k} not number")
                if "per_day" in v and not isinstance(v["per_day"], bool): err(n, "per_day not bool")
                if "base" in v and v["base"] is not None and not isinstance(v["base"], str): err(n, "base not str")
                if v.get("percent") is not None and not v.get("base"): err(n, "percent without base")
            elif fam == "notice":
                d = v.get("notice_days")
                if not isinstance(d, int) or isinstance(d, bool) or d <= 0: err(n, "notice_days missing/not positive int")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in v: err(n, "renewal_term_days missing")
                d = v.get("renewal_term_days")
                if d is not None and (not isinstance(d, int) or d <= 0): err(n, "renewal_term_days bad")
                if "note" in v and v["note"] != "option": err(n, "auto_renewal note must be 'option'")
        counts[(fam, r["kind"])] += 1

for k, q in QUOTA.items():
    if counts[k] != q: errors.append(f"quota {k}: {counts[k]} != {q}")
for k in counts:
    if k not in QUOTA: errors.append(f"unexpected family/kind {k}")

if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)} problems)"); sys.exit(1)
print(f"OK: {sum(counts.values())} clauses; " + ", ".join(f"{f}/{k}={c}" for (f, k), c in sorted(counts.items())))
