#!/usr/bin/env python3
"""Checks clauses-cw27.jsonl: fields, id pattern, quotas, values, duplicates, banned figures."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
QUOTA = {("termination","positive"):26, ("termination","negative"):14,
         ("penalty","positive"):24, ("penalty","negative"):14,
         ("notice","positive"):24, ("notice","negative"):12,
         ("auto_renewal","positive"):20, ("auto_renewal","negative"):14}
KEYS = {"id","lang","family","kind","style","client","text","values"}
ALLOWED = {"termination":{"holder"}, "penalty":{"percent","amount","floor","base","per_day"},
           "notice":{"notice_days"}, "auto_renewal":{"renewal_term_days"}}
HOLDERS = {"client","provider","either","both","none"}
ID_RE = re.compile(r"^cw27-en-(termination|penalty|notice|auto_renewal)-([pn])(\d{3})$")
errs = []; counts = {}; ids = set(); texts = {}
def num(x): return isinstance(x,(int,float)) and not isinstance(x,bool)
for ln, line in enumerate(open(os.path.join(HERE,"clauses-cw27.jsonl"), encoding="utf-8"), 1):
    try: r = json.loads(line)
    except Exception as e: errs.append(f"line {ln}: bad json {e}"); continue
    if set(r) != KEYS: errs.append(f"line {ln}: keys {sorted(r)}"); continue
    m = ID_RE.match(r["id"])
    if not m: errs.append(f"line {ln}: bad id {r['id']}"); continue
    fam, pn = m.group(1), m.group(2)
    if r["lang"] != "en": errs.append(f"{r['id']}: lang")
    if r["family"] != fam: errs.append(f"{r['id']}: family/id mismatch")
    if r["kind"] != {"p":"positive","n":"negative"}[pn]: errs.append(f"{r['id']}: kind/id mismatch")
    if r["family"] not in ALLOWED: errs.append(f"{r['id']}: family")
    for k in ("style","text"):
        if not isinstance(r[k],str) or not r[k].strip(): errs.append(f"{r['id']}: empty {k}")
    if not isinstance(r["client"],str): errs.append(f"{r['id']}: client not str")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    t = r["text"]
    key = re.sub(r"\W+"," ",t.lower()).strip()
    if key in texts: errs.append(f"{r['id']}: duplicate text of {texts[key]}")
    texts[key] = r["id"]
    if t != t.strip() or "\n" in t: errs.append(f"{r['id']}: whitespace/newline")
    if not (t[-1] in ".;:" ): errs.append(f"{r['id']}: does not end as a sentence/list item")
    if r["client"] and r["client"] not in t and r["client"].lower() not in t.lower():
        errs.append(f"{r['id']}: client word '{r['client']}' not in text")
    for bad in ("30 %","30%","5000","5,000","180 day","180-day","thirty per cent","thirty percent"):
        if bad in t.lower(): errs.append(f"{r['id']}: banned figure {bad}")
    v = r["values"]
    if not isinstance(v, dict): errs.append(f"{r['id']}: values not dict"); continue
    if r["kind"] == "negative":
        if v: errs.append(f"{r['id']}: negative with values")
    else:
        extra = set(v) - ALLOWED[fam]
        if extra: errs.append(f"{r['id']}: unexpected value keys {extra}")
        if fam == "termination" and v.get("holder") not in HOLDERS: errs.append(f"{r['id']}: holder")
        if fam == "notice" and not (isinstance(v.get("notice_days"),int) and v["notice_days"]>0): errs.append(f"{r['id']}: notice_days")
        if fam == "auto_renewal":
            if "renewal_term_days" not in v or not (v["renewal_term_days"] is None or isinstance(v["renewal_term_days"],int)):
                errs.append(f"{r['id']}: renewal_term_days")
            if ("option" in r["text"].lower() or "may extend" in r["text"].lower() or "entitled to renew" in r["text"].lower() or "right to renew" in r["text"].lower()) and "option" not in r["style"]:
                errs.append(f"{r['id']}: option clause without 'option' in style")
        if fam == "penalty":
            if not v: errs.append(f"{r['id']}: empty penalty values")
            for k in ("percent","amount","floor"):
                if k in v and not (v[k] is None or num(v[k])): errs.append(f"{r['id']}: {k} not number")
            if "base" in v and not (v["base"] is None or isinstance(v["base"],str)): errs.append(f"{r['id']}: base")
            if "per_day" in v and not isinstance(v["per_day"],bool): errs.append(f"{r['id']}: per_day")
    counts[(fam, r["kind"])] = counts.get((fam, r["kind"]),0)+1
for k,q in QUOTA.items():
    if counts.get(k,0) != q: errs.append(f"quota {k}: {counts.get(k,0)} != {q}")
# numbering contiguous
for fam in ALLOWED:
    for pn in "pn":
        nums = sorted(int(ID_RE.match(i).group(3)) for i in ids if ID_RE.match(i).group(1)==fam and ID_RE.match(i).group(2)==pn)
        if nums != list(range(1,len(nums)+1)): errs.append(f"non-contiguous ids {fam}-{pn}")
ocr = sum(1 for _ in [1] for l in open(os.path.join(HERE,"clauses-cw27.jsonl")) if "OCR" in json.loads(l)["style"])
print("counts:", {f"{a}/{b}":c for (a,b),c in sorted(counts.items())}, "OCR:", ocr)
if errs:
    print("\n".join(errs)); print(f"FAIL ({len(errs)} problems)"); sys.exit(1)
print("PASS")
