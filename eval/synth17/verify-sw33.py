#!/usr/bin/env python3
"""sw33 checker: verbatim lines, required fields, sizes, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FAM = {
 "termination": {"holder": {"client","provider","either","both","none"},
                 "trigger": {"at_will","for_cause","missed_target","force_majeure","expiry","automatic"}},
 "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
 "notice": {"notice_days": None, "purpose": {"termination","non_renewal","price_change","terms_change","suspension","personnel_change","other"}},
 "auto_renewal": {"renewal_term_days": None},
}
SENT = re.compile(r"[^。；！？]*[。；！？]?")
errs = []; tot = {f: 0 for f in FAM}; tot_hn = 0
def on_line(text, lines):
    for ln in lines:
        if ln == text: return True
        if text in ln:
            # whole sentence of the line
            parts = re.findall(r"[^。！？]+[。！？]?", ln)
            if text in [p.strip() for p in parts]: return True
    return False
recs = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8")]
if len(recs) != 7: errs.append(f"expected 7 records, got {len(recs)}")
print(f"{'file':40} {'han':>5} term pen not auto hn")
for r in recs:
    for k in ("file","lang","labels_by","title","parties","labels","hard_negatives"):
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    txt = open(r["file"], encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0] != r["title"]: errs.append(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: han {han} out of range")
    for p in r["parties"]:
        if set(p) != {"label","role","name"} or p["role"] not in ("client","provider"): errs.append(f"{r['file']}: bad party {p}")
        if p["name"] not in txt: errs.append(f"{r['file']}: party name not in text {p['name']}")
    labelled = {f: set() for f in FAM}
    for fam, spec in FAM.items():
        items = r["labels"].get(fam)
        if items is None: errs.append(f"{r['file']}: no list for {fam}"); continue
        for it in items:
            for k in ("text","src","note"):
                if k not in it: errs.append(f"{r['file']}/{fam}: missing {k}")
            for k, allowed in spec.items():
                if k not in it: errs.append(f"{r['file']}/{fam}: missing {k} in {it['text'][:20]}")
                elif allowed and it[k] not in allowed: errs.append(f"{r['file']}/{fam}: bad {k}={it[k]}")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): errs.append("per_day not bool")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): errs.append("notice_days not int")
            if not on_line(it["text"], lines): errs.append(f"{r['file']}/{fam}: not verbatim: {it['text']}")
            labelled[fam].add(it["text"])
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family","text","src","note"):
            if k not in h: errs.append(f"{r['file']}: HN missing {k}")
        if h["family"] not in FAM: errs.append(f"bad HN family {h['family']}")
        if not on_line(h["text"], lines): errs.append(f"{r['file']}/HN: not verbatim: {h['text']}")
        if h["text"] in labelled.get(h["family"], set()): errs.append(f"{r['file']}: HN also labelled in same family: {h['text'][:30]}")
    tot_hn += len(hn)
    # forbidden figures
    for bad in ("百分之三十", "30%", "5000", "5,000", "伍仟元", "一百八十日", "180"):
        if bad in txt: errs.append(f"{r['file']}: forbidden figure {bad}")
    c = [len(r["labels"][f]) for f in FAM]
    print(f"{r['file']:40} {han:5} {c[0]:4} {c[1]:3} {c[2]:3} {c[3]:4} {len(hn):2}")
print("totals:", tot, "hard_negatives:", tot_hn)
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("PASS")
