#!/usr/bin/env python3
"""Validate clauses-cw5.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw5.jsonl")
QUOTA = {("termination", "positive"): 38, ("termination", "negative"): 12,
         ("penalty", "positive"): 30, ("penalty", "negative"): 12,
         ("notice", "positive"): 32, ("notice", "negative"): 12,
         ("auto_renewal", "positive"): 14, ("auto_renewal", "negative"): 10}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
ALLOWED = {"termination": {"holder"}, "penalty": {"percent", "per_day", "amount", "floor", "base"},
           "notice": {"notice_days"}, "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
errors = []
def err(n, m): errors.append(f"line {n}: {m}")
def num_or_blank(v): return v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool))

UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_W = "|".join(list(UNITS) + list(TENS) + ["hundred", "and"])
WORDNUM = r"(?<![\w-])((?:(?:" + _W + r")[ -])*(?:" + "|".join(list(UNITS) + list(TENS)) + r"))"
def words2num(phrase):
    total, cur = 0, 0
    for w in re.split(r"[ -]", phrase.lower()):
        if w in UNITS: cur += UNITS[w]
        elif w in TENS: cur += TENS[w]
        elif w == "hundred": cur = max(cur, 1) * 100
        elif w == "and": continue
        else: return None
    return total + cur

ids, counts, figures, texts = set(), collections.Counter(), collections.Counter(), set()
with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()
for n, line in enumerate(lines, 1):
    try:
        d = json.loads(line)
    except Exception as e:
        err(n, f"bad JSON: {e}"); continue
    if set(d) != KEYS: err(n, f"keys {sorted(d)}")
    if d.get("id") in ids: err(n, f"duplicate id {d.get('id')}")
    ids.add(d.get("id"))
    if not str(d.get("id", "")).startswith("cw5-"): err(n, "id prefix")
    if d.get("lang") != "en": err(n, "lang must be en")
    fam, kind, v = d.get("family"), d.get("kind"), d.get("values")
    if fam not in ALLOWED: err(n, f"family {fam}"); continue
    if kind not in ("positive", "negative"): err(n, f"kind {kind}")
    for k in ("style", "client", "text"):
        if not isinstance(d.get(k), str): err(n, f"{k} not str")
    if not d.get("text") or not d.get("style"): err(n, "empty text/style")
    if d["text"] in texts: err(n, "duplicate text")
    texts.add(d["text"])
    if not isinstance(v, dict): err(n, "values not dict"); continue
    counts[(fam, kind)] += 1
    if kind == "negative" and v: err(n, "negative with values")
    extra = set(v) - ALLOWED[fam]
    if extra: err(n, f"unexpected value keys {extra}")
    if "holder" in v and v["holder"] not in HOLDERS: err(n, f"holder {v['holder']}")
    for k in ("percent", "amount", "floor", "notice_days", "renewal_term_days"):
        if k in v and not num_or_blank(v[k]): err(n, f"{k} type")
    if "per_day" in v and not isinstance(v["per_day"], bool): err(n, "per_day type")
    if "base" in v and not isinstance(v["base"], str): err(n, "base type")
    if fam == "notice" and kind == "positive" and "notice_days" not in v: err(n, "notice positive lacks notice_days")
    if fam == "penalty" and "per_day" in v and "percent" not in v and "amount" not in v and "base" not in v:
        err(n, "per_day without rate")
    t = d["text"]
    # figure reuse: parenthesised numerals, $ amounts, percentages, bare numerals before time units
    figs = re.findall(r"\((\d[\d,\.]*)\)", t)
    figs += [m.replace(",", "") for m in re.findall(r"\$([\d,]+)", t)]
    figs += re.findall(r"(\d+(?:\.\d+)?)%", t)
    figs += re.findall(r"(?<![\(\d\.])(\d+)\s+(?:calendar |business )?(?:days|hours|months|weeks|years)", t)
    figs += [str(words2num(m)) for m in re.findall(WORDNUM + r"(?=\s+(?:calendar |business )?(?:days|hours|months|weeks|years|percent)\b)", t) if words2num(m)]
    for x in set(figs):
        figures[x.replace(",", "")] += 1
    low = t.lower()
    if re.search(r"\b30\s*%|thirty percent|\b5,?000\b(?!,)|\b180\b|one hundred eighty|one hundred and eighty|six \(6\) months|six months", low):
        err(n, "forbidden figure (30%, 5000, 180 days)")

for key, q in QUOTA.items():
    if counts[key] != q: errors.append(f"quota {key}: {counts[key]} != {q}")
over = {k: c for k, c in figures.items() if c > 3}
if over: errors.append(f"figures used more than three times: {over}")

print(f"{len(lines)} lines; counts:")
for key in QUOTA: print(f"  {key[0]:13s} {key[1]:9s} {counts[key]:3d} / {QUOTA[key]}")
print("most used figures:", figures.most_common(12))
if errors:
    print("ERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK")
