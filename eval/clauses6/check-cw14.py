#!/usr/bin/env python3
"""Validate clauses-cw14.jsonl: JSON per line, unique ids, keys, value types, quotas, style rules."""
import json, re, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw14.jsonl")
QUOTA = {("termination","positive"):30, ("termination","negative"):18,
         ("penalty","positive"):24, ("penalty","negative"):16,
         ("notice","positive"):20, ("notice","negative"):14,
         ("auto_renewal","positive"):16, ("auto_renewal","negative"):12}
KEYS = {"id","lang","family","kind","style","client","text","values"}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
errors, warns = [], []
rows, ids = [], set()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    if not line.strip():
        errors.append(f"line {n}: empty line"); continue
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON {e}"); continue
    rows.append(o)
    if set(o) != KEYS: errors.append(f"line {n}: keys {sorted(o)}")
    i = o.get("id","")
    if not i.startswith("cw14-"): errors.append(f"line {n}: id prefix {i}")
    if i in ids: errors.append(f"line {n}: duplicate id {i}")
    ids.add(i)
    if o.get("lang") != "en": errors.append(f"{i}: lang must be en")
    fam, kind, v = o.get("family"), o.get("kind"), o.get("values")
    if fam not in ALLOWED: errors.append(f"{i}: family {fam}"); continue
    if kind not in ("positive","negative"): errors.append(f"{i}: kind {kind}")
    for k in ("style","client","text"):
        if not isinstance(o.get(k), str): errors.append(f"{i}: {k} not str")
    if not o["text"].strip() or not o["style"].strip(): errors.append(f"{i}: empty text/style")
    if not isinstance(v, dict): errors.append(f"{i}: values not dict"); continue
    if kind == "negative" and v: errors.append(f"{i}: negative with values")
    extra = set(v) - ALLOWED[fam]
    if extra: errors.append(f"{i}: unexpected value keys {extra}")
    if "holder" in v and v["holder"] not in HOLDERS: errors.append(f"{i}: holder {v['holder']}")
    if fam == "termination" and kind == "positive" and v.get("holder") in ("client","provider") and not o["client"]:
        errors.append(f"{i}: holder relative to client but client empty")
    for k in ("percent","amount","floor","notice_days","renewal_term_days"):
        if k in v and not (v[k] == "blank" or (isinstance(v[k], (int,float)) and not isinstance(v[k], bool))):
            errors.append(f"{i}: {k} must be number or 'blank'")
    if "per_day" in v and not isinstance(v["per_day"], bool): errors.append(f"{i}: per_day not bool")
    if "base" in v and not isinstance(v["base"], str): errors.append(f"{i}: base not str")
    t = o["text"]
    if re.match(r"^\s*\(?[a-z0-9ivx]{1,4}[\).]\s", t) or t.rstrip().endswith(";"):
        errors.append(f"{i}: looks like a bare list item")
    if re.search(r"\b30\s*%|thirty per ?cent|\(30%\)", t, re.I): errors.append(f"{i}: uses 30%")
    if re.search(r"\b5,?000\b", t): errors.append(f"{i}: uses 5000")
    if re.search(r"\b180\b|one hundred eighty|six \(6\) months|six months", t, re.I): errors.append(f"{i}: 180 days / six months")

c = collections.Counter((o["family"], o["kind"]) for o in rows)
for k, q in QUOTA.items():
    if c.get(k, 0) != q: errors.append(f"quota {k}: {c.get(k,0)} != {q}")
if len(rows) != 150: errors.append(f"total {len(rows)} != 150")

# duplicate texts / near-duplicates differing by a single word
texts = [o["text"] for o in rows]
if len(set(texts)) != len(texts): errors.append("duplicate texts")
toks = [o["text"].split() for o in rows]
for a in range(len(toks)):
    for b in range(a+1, len(toks)):
        if len(toks[a]) == len(toks[b]) and sum(x != y for x, y in zip(toks[a], toks[b])) <= 1:
            errors.append(f"near-duplicate: {rows[a]['id']} / {rows[b]['id']}")

# figure reuse: the same quantity (number + unit, e.g. "60 days", "2%", "$250") should appear in <= 3 clauses
WORDS = {"one":1,"two":2,"three":3,"four":4,"five":5,"six":6,"seven":7,"eight":8,"nine":9,"ten":10,
         "eleven":11,"twelve":12,"fourteen":14,"fifteen":15,"eighteen":18,"twenty":20,"twenty-one":21,
         "twenty-eight":28,"thirty":30,"thirty-six":36,"forty":40,"forty-two":42,"forty-five":45,"fifty":50,
         "sixty":60,"seventy-two":72,"seventy-five":75,"ninety":90,"one hundred twenty":120,
         "one hundred fifty":150}
UNIT = r"(business days|working days|calendar days|days|day|hours|weeks|week|months|month|years|year|per ?cent|percent|%)"
NUM = r"(\d[\d,.]*|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
def quantities(t):
    out = set()
    tl = t.lower().replace("-month", " months").replace("-year", " years").replace("-day", " days")
    for m in re.finditer(NUM + r"(?:\s*\(\d[\d,.]*%?\))?\s*" + UNIT, tl):
        n, u = m.group(1), m.group(2)
        v = WORDS.get(n)
        if v is None:
            try: v = float(n.replace(",", ""))
            except ValueError: continue
        u = {"day":"days","calendar days":"days","week":"weeks","month":"months","year":"years",
             "working days":"business days","per cent":"%","percent":"%","percent":"%"}.get(u, u)
        if u.startswith("per"): u = "%"
        out.add((v, u))
    for m in re.finditer(r"(?:us\$|\$|£|eur |inr )\s*([\d,]+)", tl):
        out.add((float(m.group(1).replace(",", "")), "money"))
    return out
fig = collections.Counter()
for o in rows:
    fig.update(quantities(o["text"]))
for f_, n in sorted(fig.items(), key=lambda x: -x[1]):
    if n > 3: errors.append(f"figure {f_} used in {n} clauses")
if "-v" in sys.argv:
    print(sorted(fig.items(), key=lambda x: -x[1]))

for k in sorted(QUOTA): print(f"{k[0]:13s} {k[1]:9s} {c.get(k,0):3d}")
print("total", len(rows))
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
