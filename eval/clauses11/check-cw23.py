#!/usr/bin/env python3
"""Validate clauses-cw23.jsonl: JSON per line, unique ids, keys, value types, quotas, figure reuse."""
import json, re, sys
from collections import Counter, defaultdict

PATH = "/work/traps-new/clauses11/clauses-cw23.jsonl"
QUOTA = {("termination","positive"):26, ("termination","negative"):14,
         ("penalty","positive"):26, ("penalty","negative"):14,
         ("notice","positive"):24, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
KEYS = {"id","lang","family","kind","style","client","text","values"}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","per_day","amount","floor","base"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
errors, warns = [], []
def num_or_blank(v): return v == "blank" or (isinstance(v,(int,float)) and not isinstance(v,bool))

rows, ids = [], set()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errors.append(f"line {n}: bad JSON {e}"); continue
    rows.append(r)
    if set(r) != KEYS: errors.append(f"line {n}: keys {sorted(set(r) ^ KEYS)}")
    if r.get("id") in ids: errors.append(f"line {n}: duplicate id {r.get('id')}")
    ids.add(r.get("id"))
    if not str(r.get("id","")).startswith("cw23-"): errors.append(f"line {n}: id prefix")
    if r.get("lang") != "en": errors.append(f"line {n}: lang")
    fam, kind, v = r.get("family"), r.get("kind"), r.get("values")
    if fam not in ALLOWED: errors.append(f"line {n}: family {fam}"); continue
    if kind not in ("positive","negative"): errors.append(f"line {n}: kind {kind}")
    if not isinstance(r.get("client"), str) or not isinstance(r.get("style"), str) or not r["style"]:
        errors.append(f"line {n}: client/style")
    t = r.get("text","")
    if not isinstance(t,str) or len(t) < 40: errors.append(f"line {n}: text too short")
    elif t[-1] not in ".;:": errors.append(f"line {n}: text does not end like a sentence/list item")
    if not isinstance(v, dict): errors.append(f"line {n}: values not dict"); continue
    if kind == "negative" and v: errors.append(f"line {n}: negative with values")
    extra = set(v) - ALLOWED[fam]
    if extra: errors.append(f"line {n}: unexpected value keys {extra}")
    if "holder" in v and v["holder"] not in HOLDERS: errors.append(f"line {n}: holder {v['holder']}")
    for k in ("percent","amount","floor","notice_days","renewal_term_days"):
        if k in v and not num_or_blank(v[k]): errors.append(f"line {n}: {k} type")
    if "per_day" in v and not isinstance(v["per_day"], bool): errors.append(f"line {n}: per_day type")
    if "base" in v and not isinstance(v["base"], str): errors.append(f"line {n}: base type")
    # forbidden figures
    if re.search(r"\b30\s*%|\(30%\)|thirty percent", t, re.I): errors.append(f"line {n}: uses 30%")
    if re.search(r"\b5,?000\b", t) and not re.search(r"\d5,000", t): errors.append(f"line {n}: uses 5000")
    if re.search(r"\b180\b|one hundred eighty|six \(6\) months|six months", t, re.I): errors.append(f"line {n}: 180 days / six months")

c = Counter((r["family"], r["kind"]) for r in rows)
for k, q in QUOTA.items():
    if c[k] != q: errors.append(f"quota {k}: {c[k]} != {q}")
if len(rows) != 150: errors.append(f"total {len(rows)} != 150")

UNITS = {"zero":0,"one":1,"two":2,"three":3,"four":4,"five":5,"six":6,"seven":7,"eight":8,"nine":9,"ten":10,
         "eleven":11,"twelve":12,"thirteen":13,"fourteen":14,"fifteen":15,"sixteen":16,"seventeen":17,
         "eighteen":18,"nineteen":19}
TENS = {"twenty":20,"thirty":30,"forty":40,"fifty":50,"sixty":60,"seventy":70,"eighty":80,"ninety":90}
def words_numbers(t):
    """Spelled-out numbers directly followed by a unit (days, percent, hours...) and not by '(digits)'."""
    pat = re.compile(r"\b((?:(?:one|two|three|four) hundred(?: and)?\s*)?(?:(?:%s)(?:-(?:%s))?|(?:%s))?)\s+(?:calendar |business |working )?(?:days|day's|percent|hours|months|weeks|years)\b"
                     % ("|".join(TENS), "|".join(list(UNITS)[1:10]), "|".join(UNITS)), re.I)
    out = []
    for m in pat.finditer(t):
        w = m.group(1).lower().strip()
        if not w: continue
        n = 0
        h = re.match(r"(one|two|three|four) hundred(?: and)?\s*", w)
        if h: n += UNITS[h.group(1)] * 100; w = w[h.end():]
        for part in w.split("-"):
            if part in TENS: n += TENS[part]
            elif part in UNITS: n += UNITS[part]
        if n >= 5: out.append(n)
    return out

# figure reuse (numbers in parentheses, $ amounts, bare digits before %, days, hours...)
fig = defaultdict(set)
for r in rows:
    t = r["text"]
    found = set(re.findall(r"\((\d[\d,\.]*)%?\)", t))
    found |= set(re.findall(r"\$([\d,]+)", t))
    found |= set(re.findall(r"\b(\d+(?:\.\d+)?)\s*(?:%|days|hours|months|weeks|years|business|calendar)", t))
    found |= {str(w) for w in words_numbers(t)}
    for x in found:
        x = x.replace(",", "")
        if float(x) >= 5: fig[x].add(r["id"])
for x, s in sorted(fig.items(), key=lambda kv: -len(kv[1])):
    if len(s) > 3: warns.append(f"figure {x} used in {len(s)} clauses: {sorted(s)}")

for k in sorted(QUOTA): print(f"{k[0]:13s} {k[1]:8s} {c[k]:3d} / {QUOTA[k]}")
print("total", len(rows))
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
