#!/usr/bin/env python3
"""Checker for clauses-cw38.jsonl: fields, id pattern, quotas, duplicates, values, banned figures."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "clauses-cw38.jsonl")
QUOTA = {("termination","positive"):24, ("termination","negative"):12,
         ("penalty","positive"):24, ("penalty","negative"):12,
         ("notice","positive"):28, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
ABBR = {"positive":"p","negative":"n"}
IDRE = re.compile(r"^cw38-zh-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
FIELDS = ["id","lang","family","kind","style","client","text","values"]
VALKEYS = {"termination":{"holder"}, "penalty":{"percent","amount","floor","base","per_day"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
BANNED = [r"30\s*[%％]", r"百分之三十(?![一二三四五六七八九])", r"5,?000", r"伍仟", r"五千", r"180\s*[日天]", r"一百八十\s*[日天]", r"半年"]
# common Traditional-only characters; none may appear (Simplified only)
TRAD = set("們來這個說會對時後經與發開關當進過還種實際應務產從認處條權續終違簽訂費額準轉讓貨運費車")
errs = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errs.append(f"line {n}: blank line"); continue
        try:
            rows.append((n, json.loads(line)))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")
count = {}
ids, texts = set(), set()
for n, o in rows:
    if list(o.keys()) != FIELDS and set(o.keys()) != set(FIELDS):
        errs.append(f"line {n}: fields {list(o.keys())}")
        continue
    m = IDRE.match(o["id"])
    if not m: errs.append(f"line {n}: bad id {o['id']}"); continue
    fam, k = m.group(1), m.group(2)
    if o["lang"] != "zh": errs.append(f"line {n}: lang")
    if o["family"] != fam: errs.append(f"line {n}: family/id mismatch")
    if o["kind"] not in ABBR or ABBR[o["kind"]] != k: errs.append(f"line {n}: kind/id mismatch")
    if not isinstance(o["style"], str) or not o["style"].strip(): errs.append(f"line {n}: style empty")
    if not isinstance(o["client"], str): errs.append(f"line {n}: client not str")
    t = o["text"]
    if not isinstance(t, str) or len(t) < 8: errs.append(f"line {n}: text too short"); continue
    if o["client"] and o["client"] not in t: errs.append(f"line {n}: client word {o['client']!r} not in text")
    if not re.search(r"[。；：.;:]$", t): errs.append(f"line {n}: text does not end as a sentence/list item")
    if "\n" in t: errs.append(f"line {n}: newline in text")
    for b in BANNED:
        if re.search(b, t): errs.append(f"line {n}: banned figure {b}")
    bad = [c for c in t if c in TRAD]
    if bad: errs.append(f"line {n}: traditional chars {bad}")
    if o["id"] in ids: errs.append(f"line {n}: duplicate id")
    ids.add(o["id"])
    norm = re.sub(r"[\s，,。.;；：:]", "", t)
    if norm in texts: errs.append(f"line {n}: duplicate text")
    texts.add(norm)
    v = o["values"]
    if not isinstance(v, dict): errs.append(f"line {n}: values not dict"); continue
    if o["kind"] == "negative":
        if v: errs.append(f"line {n}: negative with values")
    else:
        extra = set(v) - VALKEYS[fam]
        if extra: errs.append(f"line {n}: unexpected value keys {extra}")
        if fam == "termination":
            if v.get("holder") not in HOLDERS: errs.append(f"line {n}: holder")
        elif fam == "notice":
            d = v.get("notice_days")
            if not isinstance(d, int) or isinstance(d, bool) or d <= 0: errs.append(f"line {n}: notice_days")
        elif fam == "auto_renewal":
            if "renewal_term_days" not in v: errs.append(f"line {n}: renewal_term_days missing")
            d = v.get("renewal_term_days")
            if d is not None and (not isinstance(d, int) or d <= 0): errs.append(f"line {n}: renewal_term_days")
        elif fam == "penalty":
            if not ({"percent","amount"} & set(v)) and not v.get("base") and "per_day" not in v:
                errs.append(f"line {n}: penalty values empty")
            for key in ("percent","amount","floor"):
                if key in v and v[key] is not None and (not isinstance(v[key], (int,float)) or isinstance(v[key], bool) or v[key] <= 0):
                    errs.append(f"line {n}: {key} not positive number")
            if "base" in v and v["base"] is not None and (not isinstance(v["base"], str) or v["base"] not in t):
                errs.append(f"line {n}: base not verbatim in text")
            if "per_day" in v and not isinstance(v["per_day"], bool): errs.append(f"line {n}: per_day not bool")
            if v.get("per_day") and not re.search(r"每(逾期|拖)?一?[日天]|每日|每天", t):
                errs.append(f"line {n}: per_day true but no daily wording")
            if "percent" in v and "base" not in v: errs.append(f"line {n}: percent without base")
    key = (fam, o["kind"])
    count[key] = count.get(key, 0) + 1
# sequential numbering per family/kind
for (fam, kind), q in QUOTA.items():
    got = count.get((fam, kind), 0)
    if got != q: errs.append(f"quota {fam}/{kind}: {got} != {q}")
    want = {f"cw38-zh-{fam}-{ABBR[kind]}{i:03d}" for i in range(1, q+1)}
    have = {i for i in ids if i.startswith(f"cw38-zh-{fam}-{ABBR[kind]}")}
    if have != want and got == q: errs.append(f"numbering {fam}/{kind} not 001..{q:03d}")
for k in sorted(count): print(f"{k[0]:13s} {k[1]:9s} {count[k]}")
print("total", sum(count.values()))
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("PASS")
