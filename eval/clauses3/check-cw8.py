#!/usr/bin/env python3
"""Validate clauses-cw8.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw8.jsonl")
QUOTA = {("termination","positive"):48, ("termination","negative"):16,
         ("penalty","positive"):36, ("penalty","negative"):14,
         ("notice","positive"):20, ("notice","negative"):6,
         ("auto_renewal","positive"):6, ("auto_renewal","negative"):4}
KEYS = {"id","lang","family","kind","style","client","text","values"}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
WORDS = {"one":1,"two":2,"three":3,"four":4,"five":5,"six":6,"seven":7,"eight":8,"nine":9,"ten":10,
 "eleven":11,"twelve":12,"thirteen":13,"fourteen":14,"fifteen":15,"twenty":20,"twenty-one":21,"twenty-four":24,
 "twenty-five":25,"thirty":30,"thirty-five":35,"forty":40,"forty-five":45,"fifty":50,"sixty":60,"sixty-five":65,
 "seventy":70,"seventy-five":75,"eighty-five":85,"ninety":90}

UNITS = r"(?:business |working |calendar )?(?:day|week|month|year|hour|minute)s?|percent|per cent|%"
ONES = {"one":1,"two":2,"three":3,"four":4,"five":5,"six":6,"seven":7,"eight":8,"nine":9,"ten":10,
        "eleven":11,"twelve":12,"thirteen":13,"fourteen":14,"fifteen":15,"sixteen":16,"seventeen":17,
        "eighteen":18,"nineteen":19}
TENS = {"twenty":20,"thirty":30,"forty":40,"fifty":50,"sixty":60,"seventy":70,"eighty":80,"ninety":90}
WORDNUM = r"(?:(?:one|two) hundred(?: and)?(?: |-))?(?:(?:%s)(?:-(?:%s))?|%s)" % (
    "|".join(TENS), "|".join(k for k in ONES if ONES[k] < 10), "|".join(ONES))
def wordval(w):
    w = w.lower(); v = 0
    m = re.match(r"(one|two) hundred(?: and)?[ -]?", w)
    if m: v += ONES[m.group(1)] * 100; w = w[m.end():]
    for part in w.split("-"):
        if part in TENS: v += TENS[part]
        elif part in ONES: v += ONES[part]
    return v
def figures(t):
    """Salient figures: numbers tied to a time unit or percentage, and money amounts (one count per clause)."""
    out = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(?:\(\S+\)\s*)?[- ]?(?:%s)\b|(\d[\d,]*(?:\.\d+)?)%%" % UNITS, t, re.I):
        out.add((m.group(1) or m.group(2)).replace(",", ""))
    for m in re.finditer(r"\b(%s)\b(?:\s*\([^)]*\))?[- ]?(?:%s)" % (WORDNUM, UNITS), t, re.I):
        out.add(str(wordval(m.group(1))))
    for m in re.finditer(r"(?:US\$|A\$|S\$|\$|£|EUR |RMB )(\d[\d,]*)", t):
        out.add("money " + m.group(1).replace(",", ""))
    return out
errs = []; ids = set(); cnt = collections.Counter(); figs = collections.Counter(); texts = set()
def isnum(v): return isinstance(v,(int,float)) and not isinstance(v,bool)
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try: o = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad JSON {e}"); continue
        if set(o) != KEYS: errs.append(f"line {n}: keys {sorted(o)}"); continue
        i = o["id"]
        if i in ids: errs.append(f"dup id {i}")
        ids.add(i)
        if not i.startswith("cw8-en-"): errs.append(f"{i}: bad prefix")
        if o["lang"] != "en": errs.append(f"{i}: lang")
        fam, kind, v = o["family"], o["kind"], o["values"]
        if (fam, kind) not in QUOTA: errs.append(f"{i}: family/kind"); continue
        cnt[(fam, kind)] += 1
        if not isinstance(v, dict): errs.append(f"{i}: values not dict"); continue
        if kind == "negative" and v: errs.append(f"{i}: negative with values")
        if set(v) - ALLOWED[fam]: errs.append(f"{i}: bad value keys {set(v)-ALLOWED[fam]}")
        if "holder" in v and v["holder"] not in HOLDERS: errs.append(f"{i}: holder")
        for k in ("percent","amount","floor"):
            if k in v and not (isnum(v[k]) or v[k] == "blank"): errs.append(f"{i}: {k} type")
        if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"{i}: per_day type")
        if "base" in v and not isinstance(v["base"], str): errs.append(f"{i}: base type")
        for k in ("notice_days","renewal_term_days"):
            if k in v and not ((isinstance(v[k], int) and not isinstance(v[k], bool)) or v[k] == "blank"):
                errs.append(f"{i}: {k} type")
        for k in ("style","client","text"):
            if not isinstance(o[k], str): errs.append(f"{i}: {k} type")
        t = o["text"]
        if not t.strip() or t[-1] not in ".;:": errs.append(f"{i}: text should be a full sentence")
        if t in texts: errs.append(f"{i}: duplicate text")
        texts.add(t)
        if re.search(r"\b30\s*%|thirty percent|\b5,?000\b|\b180\b|one hundred (and )?eighty", t, re.I):
            errs.append(f"{i}: forbidden figure (30%/5000/180)")
        for fig in figures(t): figs[fig] += 1
for k, q in QUOTA.items():
    if cnt[k] != q: errs.append(f"quota {k}: {cnt[k]} != {q}")
over = {k: c for k, c in figs.items() if c > 3 and k not in {"1", "2", "3"}}
print("counts:", {f"{a}/{b}": cnt[(a,b)] for a, b in QUOTA}, "total", sum(cnt.values()))
print("salient figures (periods, %, money; 1-3 exempt) used >3 times:", dict(sorted(over.items(), key=lambda x: -x[1])))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
