#!/usr/bin/env python3
"""Checks clauses-cw33.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw33.jsonl")
WID = "cw33"
QUOTAS = {("termination", "positive"): 26, ("termination", "negative"): 14,
          ("penalty", "positive"): 24, ("penalty", "negative"): 14,
          ("notice", "positive"): 24, ("notice", "negative"): 12,
          ("auto_renewal", "positive"): 20, ("auto_renewal", "negative"): 14}
FIELDS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
ID_RE = re.compile(r"^%s-(en)-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$" % WID)
HOLDERS = {"client", "provider", "either", "both", "none"}
PEN_KEYS = {"percent", "amount", "floor", "base", "per_day"}
BANNED = [re.compile(p, re.I) for p in [
    r"(?<![\d.])30\s*%", r"thirty\s+per\s*cent", r"thirty\s+percent",
    r"(?<![\d,.])5,?000(?![\d,])", r"five\s+thousand",
    r"(?<!\d)180\s*(\)\s*)?(calendar\s+|business\s+|working\s+)?days", r"one\s+hundred\s+(and\s+)?eighty\s+days"]]
OCR_RE = re.compile(r"\w- \w|\( \d+\w* \)")

errors = []
def err(n, msg): errors.append("line %d: %s" % (n, msg))

rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(n, "blank line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            err(n, "bad JSON: %s" % e); continue
        rows.append((n, r))

def isnum(x): return isinstance(x, (int, float)) and not isinstance(x, bool)

counts = Counter(); ids = Counter(); texts = Counter(); seqs = {}
for n, r in rows:
    if list(r.keys()) != FIELDS:
        err(n, "fields %s != %s" % (list(r.keys()), FIELDS)); continue
    for k in ["id", "lang", "family", "kind", "style", "client", "text"]:
        if not isinstance(r[k], str): err(n, "%s not a string" % k)
    if not isinstance(r["values"], dict): err(n, "values not an object"); continue
    m = ID_RE.match(r["id"])
    if not m: err(n, "bad id %s" % r["id"]); continue
    lang, fam, pk, num = m.groups()
    if r["lang"] != "en" or lang != r["lang"]: err(n, "lang mismatch")
    if fam != r["family"]: err(n, "family mismatch with id")
    if r["kind"] not in ("positive", "negative") or r["kind"][0] != pk: err(n, "kind mismatch with id")
    seqs.setdefault((fam, r["kind"]), []).append(int(num))
    ids[r["id"]] += 1
    t = r["text"]
    texts[re.sub(r"\s+", " ", t.strip().lower())] += 1
    if not t.strip() or t != t.strip(): err(n, "text empty or has outer whitespace")
    if "\n" in t: err(n, "text has a newline")
    if not r["style"].strip(): err(n, "empty style")
    if r["client"] and r["client"].lower() not in t.lower(): err(n, "client word %r not in text" % r["client"])
    for b in BANNED:
        if b.search(t): err(n, "banned figure %r" % b.pattern)
    v = r["values"]
    if r["kind"] == "negative":
        if v: err(n, "negative must have empty values")
    elif fam == "termination":
        if set(v) != {"holder"} or v["holder"] not in HOLDERS: err(n, "termination values %r" % v)
    elif fam == "penalty":
        if not v or not set(v) <= PEN_KEYS: err(n, "penalty keys %r" % v)
        for k in ("percent", "amount", "floor"):
            if k in v and v[k] is not None and not isnum(v[k]): err(n, "%s not numeric" % k)
        if "base" in v and v["base"] is not None and not isinstance(v["base"], str): err(n, "base not str")
        if "per_day" in v and not isinstance(v["per_day"], bool): err(n, "per_day not bool")
        if v.get("percent") is None and v.get("amount") is None: err(n, "penalty needs percent or amount")
        if v.get("percent") is not None and not v.get("base"): err(n, "percent without base")
    elif fam == "notice":
        if set(v) != {"notice_days"} or not isinstance(v["notice_days"], int) or isinstance(v["notice_days"], bool) or v["notice_days"] <= 0:
            err(n, "notice values %r" % v)
    elif fam == "auto_renewal":
        if set(v) - {"renewal_term_days"}: err(n, "auto_renewal keys %r" % v)
        x = v.get("renewal_term_days")
        if x is not None and (not isinstance(x, int) or isinstance(x, bool) or x <= 0): err(n, "renewal_term_days %r" % x)
    counts[(r["family"], r["kind"])] += 1

for k, q in QUOTAS.items():
    if counts[k] != q: errors.append("quota %s/%s: %d, want %d" % (k[0], k[1], counts[k], q))
for k in counts:
    if k not in QUOTAS: errors.append("unexpected family/kind %s" % (k,))
for k, s in seqs.items():
    if sorted(s) != list(range(1, len(s) + 1)): errors.append("id numbers not 1..n for %s" % (k,))
for i, c in ids.items():
    if c > 1: errors.append("duplicate id %s" % i)
for t, c in texts.items():
    if c > 1: errors.append("duplicate text: %s" % t[:70])
ocr = sum(1 for _, r in rows if OCR_RE.search(r["text"]))
if not 3 <= ocr <= 8: errors.append("OCR-like clauses: %d (want about five)" % ocr)

if errors:
    print("FAIL"); print("\n".join(errors)); sys.exit(1)
print("OK: %d clauses, %d OCR-like; %s" % (len(rows), ocr, dict(sorted(("%s/%s" % k, v) for k, v in counts.items()))))
