#!/usr/bin/env python3
"""Validate clauses-cw17.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses-cw17.jsonl")
QUOTA = {("penalty", "positive"): 34, ("penalty", "negative"): 18,
         ("termination", "positive"): 26, ("termination", "negative"): 14,
         ("notice", "positive"): 20, ("notice", "negative"): 10,
         ("auto_renewal", "positive"): 16, ("auto_renewal", "negative"): 12}
KEYS = {"id", "lang", "family", "kind", "style", "client", "text", "values"}
ALLOWED = {"penalty": {"percent", "per_day", "amount", "floor", "base"},
           "termination": {"holder"}, "notice": {"notice_days"},
           "auto_renewal": {"renewal_term_days"}}
errors, warns = [], []
ids, texts = set(), set()
counts = collections.Counter()
figures = collections.Counter()


UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}

def word_figures(t):
    """Numbers written in words (three and above), e.g. 'forty-five', 'one hundred twenty'."""
    out = set()
    small = "(?:%s)(?:-(?:%s))?|(?:%s)" % ("|".join(TENS), "|".join(list(UNITS)[1:10]), "|".join(UNITS))
    pat = r"\b((?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?(?:%s))?|%s)\b" % (small, small)
    for m in re.finditer(pat, t.lower()):
        words = re.split(r"[\s-]+", m.group(1).replace(" and ", " "))
        val, cur = 0, 0
        for w in words:
            if w == "hundred": cur = (cur or 1) * 100
            elif w in TENS: cur += TENS[w]
            elif w in UNITS: cur += UNITS[w]
        val += cur
        if val >= 3:
            out.add(str(val))
    return out

def num_or_blank(v):
    return (isinstance(v, (int, float)) and not isinstance(v, bool)) or v == "blank"

with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad JSON {e}"); continue
        if set(o) != KEYS:
            errors.append(f"line {n}: keys {sorted(o)}"); continue
        i = o["id"]
        if not i.startswith("cw17-") or i in ids:
            errors.append(f"line {n}: bad/duplicate id {i}")
        ids.add(i)
        if o["lang"] != "en": errors.append(f"{i}: lang")
        if o["family"] not in ALLOWED: errors.append(f"{i}: family"); continue
        if o["kind"] not in ("positive", "negative"): errors.append(f"{i}: kind")
        for k in ("style", "client", "text"):
            if not isinstance(o[k], str): errors.append(f"{i}: {k} not str")
        t = o["text"].strip()
        if not t or t in texts: errors.append(f"{i}: empty/duplicate text")
        texts.add(t)
        if not t.endswith("."): errors.append(f"{i}: not a whole sentence (no final full stop)")
        if re.match(r"^\(?[a-z0-9ivx]{1,4}[.)]\s", t): errors.append(f"{i}: looks like a bare list item")
        v = o["values"]
        if not isinstance(v, dict): errors.append(f"{i}: values not dict"); continue
        if o["kind"] == "negative" and v: errors.append(f"{i}: negative with values")
        bad = set(v) - ALLOWED[o["family"]]
        if bad: errors.append(f"{i}: unexpected value keys {bad}")
        for k in ("percent", "amount", "floor", "notice_days", "renewal_term_days"):
            if k in v and not num_or_blank(v[k]): errors.append(f"{i}: {k} type")
        if "per_day" in v and not isinstance(v["per_day"], bool): errors.append(f"{i}: per_day type")
        if "base" in v and not isinstance(v["base"], str): errors.append(f"{i}: base type")
        if "holder" in v and v["holder"] not in ("client", "provider", "either", "both", "none"):
            errors.append(f"{i}: holder value")
        if o["family"] == "termination" and o["kind"] == "positive" and "holder" not in v:
            warns.append(f"{i}: termination positive without holder")
        if re.search(r"\b30\s?%|\b5,?000\b|\b180 days|one hundred eighty", t, re.I):
            errors.append(f"{i}: banned figure (30%, 5000, 180 days)")
        # figures = amounts, rates and periods; cross-references (Section 9.1(d), clause 7, Item 7) are not figures
        t_fig = re.sub(r"\b(?:Sections?|clause|Clause|Article|Item|Schedule|paragraph|section)\s+[\d.]+(?:\([a-z]+\))?"
                       r"(?:\s*\([A-Za-z ]+\))?(?:\s*(?:,|and)\s*[\d.]+(?:\s*\([A-Za-z ]+\))?)*", " ", t)
        found = {m.replace(",", "") for m in re.findall(r"\d[\d,]*(?:\.\d+)?", t_fig)}
        found |= word_figures(t_fig)
        for m in found:            # a clause counts once per figure ("sixty (60)" is one use)
            figures[m] += 1
        counts[(o["family"], o["kind"])] += 1

for k, q in QUOTA.items():
    if counts[k] != q: errors.append(f"quota {k}: {counts[k]} != {q}")
over = {k: c for k, c in figures.items() if c > 3}
if over:
    errors.append(f"figures used in more than three clauses: {over}")
    if "-v" in sys.argv:
        for line in open(PATH, encoding="utf-8"):
            o = json.loads(line)
            print(o["id"], o["text"][:90])

for fam in ALLOWED:
    print(f"{fam:13s} positive={counts[(fam,'positive')]:3d} negative={counts[(fam,'negative')]:3d}")
print("total", sum(counts.values()))
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
