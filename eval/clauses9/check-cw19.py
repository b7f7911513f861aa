#!/usr/bin/env python3
"""Validate clauses-cw19.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw19.jsonl")
ID = "cw19"
FAMILIES = {"termination", "penalty", "notice", "auto_renewal"}
QUOTA = {("auto_renewal", "positive"): 26, ("auto_renewal", "negative"): 16,
         ("notice", "positive"): 30, ("notice", "negative"): 16,
         ("termination", "positive"): 22, ("termination", "negative"): 12,
         ("penalty", "positive"): 18, ("penalty", "negative"): 10}
KEYS = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
ALLOWED = {"termination": {"holder"}, "notice": {"notice_days"},
           "auto_renewal": {"renewal_term_days"},
           "penalty": {"percent", "per_day", "amount", "floor", "base"}}
HOLDERS = {"client", "provider", "either", "both", "none"}

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
         "eighteen": 18, "twenty": 20, "twenty-one": 21, "twenty-four": 24, "twenty-five": 25,
         "twenty-eight": 28, "thirty": 30, "thirty-five": 35, "thirty-six": 36, "forty": 40,
         "forty-five": 45, "forty-eight": 48, "fifty": 50, "sixty": 60, "seventy": 70, "seventy-two": 72,
         "seventy-five": 75, "ninety": 90, "one hundred": 100}
UNIT = r"(business days?|calendar days?|days?|weeks?|months?|years?|year|hours?)"

def figures(text):
    """Return set of (number, unit) figures and percentages/amounts mentioned in a clause."""
    t = text.lower()
    figs = set()
    # "thirty (30) days" -> take the digits; bare "30 days"
    for m in re.finditer(r"\(?(\d[\d,\.]*)\)?(?:\s*|-)" + UNIT + r"\b", t):
        figs.add((m.group(1).replace(",", ""), re.sub(r"s$", "", m.group(2)).replace("calendar ", "")))
    for w, n in sorted(WORDS.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(r"(?<![-\w])" + w + r"(?:'s)?(?:\s|-)" + UNIT + r"\b", t):
            figs.add((str(n), re.sub(r"s$", "", m.group(1)).replace("calendar ", "")))
    for m in re.finditer(r"(\d[\d\.]*)\s*%", t):
        figs.add((m.group(1), "%"))
    for m in re.finditer(r"(?:\$|inr\s*|£)\s*([\d,]+(?:\.\d+)?)", t):
        figs.add((m.group(1).replace(",", "").rstrip("0").rstrip(".") if "." in m.group(1) else m.group(1).replace(",", ""), "money"))
    return figs

def main():
    errs = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"line {i}: empty line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append(f"line {i}: bad JSON {e}")
    ids = collections.Counter(r.get("id") for r in rows)
    for k, v in ids.items():
        if v > 1: errs.append(f"duplicate id {k}")
    texts = collections.Counter(r.get("text") for r in rows)
    for k, v in texts.items():
        if v > 1: errs.append(f"duplicate text {k[:60]}")
    counts = collections.Counter()
    figcount = collections.Counter()
    for r in rows:
        rid = r.get("id", "?")
        for k in KEYS:
            if k not in r: errs.append(f"{rid}: missing key {k}")
        if set(r) - set(KEYS): errs.append(f"{rid}: extra keys {set(r)-set(KEYS)}")
        if not str(rid).startswith(ID + "-"): errs.append(f"{rid}: id prefix")
        if r.get("lang") != "en": errs.append(f"{rid}: lang must be en")
        fam, kind, vals = r.get("family"), r.get("kind"), r.get("values")
        if fam not in FAMILIES: errs.append(f"{rid}: family {fam}")
        if kind not in ("positive", "negative"): errs.append(f"{rid}: kind {kind}")
        for k in ("style", "client", "text"):
            if not isinstance(r.get(k), str): errs.append(f"{rid}: {k} not str")
        if not r.get("style"): errs.append(f"{rid}: empty style")
        text = r.get("text", "")
        if not re.match(r"^[A-Z\"]", text) or not text.endswith("."):
            errs.append(f"{rid}: not a whole sentence (must start capitalised and end with '.')")
        if re.match(r"^\s*(\(?[a-z0-9ivx]+\)|\d+\.)\s", text):
            errs.append(f"{rid}: looks like a bare list item")
        if not isinstance(vals, dict): errs.append(f"{rid}: values not dict"); vals = {}
        counts[(fam, kind)] += 1
        if kind == "negative" and vals:
            errs.append(f"{rid}: negative with values")
        if fam in ALLOWED and set(vals) - ALLOWED[fam]:
            errs.append(f"{rid}: bad value keys {set(vals)-ALLOWED[fam]}")
        def num_or_blank(x): return (isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0) or x == "blank"
        if "holder" in vals and vals["holder"] not in HOLDERS: errs.append(f"{rid}: holder {vals['holder']}")
        for k in ("notice_days", "renewal_term_days", "percent", "amount", "floor"):
            if k in vals and not num_or_blank(vals[k]): errs.append(f"{rid}: {k}={vals[k]!r}")
        if "per_day" in vals and not isinstance(vals["per_day"], bool): errs.append(f"{rid}: per_day not bool")
        if "base" in vals and not isinstance(vals["base"], str): errs.append(f"{rid}: base not str")
        if fam == "notice" and kind == "positive" and "notice_days" not in vals:
            errs.append(f"{rid}: notice positive without notice_days")
        if fam == "termination" and kind == "positive" and vals and "holder" not in vals:
            errs.append(f"{rid}: termination values without holder")
        # forbidden figures
        low = text.lower()
        if re.search(r"\b30\s*%|thirty percent", low): errs.append(f"{rid}: uses 30%")
        if re.search(r"\b5,?000\b(?!\d)", low) and not re.search(r"\d5,?000", low): errs.append(f"{rid}: uses 5000")
        if re.search(r"\b180\b|one hundred (and )?eighty|(?<![-\w])six \(6\) months|(?<![-\w])six months", low): errs.append(f"{rid}: uses 180 days / six months")
        for fg in figures(text):
            figcount[fg] += 1
    for key, q in QUOTA.items():
        if counts[key] != q: errs.append(f"quota {key}: {counts[key]} != {q}")
    over = {k: v for k, v in figcount.items() if v > 3}
    for k, v in sorted(over.items()):
        errs.append(f"figure {k} used in {v} clauses (>3)")
    print(f"{len(rows)} clauses")
    for fam in sorted(FAMILIES):
        print(f"  {fam:13s} positive {counts[(fam,'positive')]:3d}  negative {counts[(fam,'negative')]:3d}")
    if "-v" in sys.argv:
        for k, v in sorted(figcount.items(), key=lambda x: (-x[1], x[0])): print("   fig", k, v)
    if errs:
        print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
