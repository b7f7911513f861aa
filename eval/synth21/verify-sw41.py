#!/usr/bin/env python3
"""sw41 checker: verbatim lines, required fields, sizes, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FIELDS = {"termination": {"holder": {"client","provider","either","both","none"},
                          "trigger": {"at_will","for_cause","missed_target","force_majeure","expiry","automatic"}},
          "penalty": {"percent":None,"amount":None,"floor":None,"base":None,"per_day":None},
          "notice": {"notice_days":None,"purpose":{"termination","non_renewal","price_change","terms_change","suspension","personnel_change","other"}},
          "auto_renewal": {"renewal_term_days":None}}
SPLIT = re.compile(r'(?<=[。；！？;])')
errs = []
def on_line(text, lines):
    for ln in lines:
        if text == ln: return True
        if text in [s.strip() for s in SPLIT.split(ln) if s.strip()]: return True
        # allow a whole sentence inside a line that carries a clause number prefix
        if text in ln and (ln.endswith(text) or ln.startswith(text)) and text[-1] in "。；：" : return True
    return False
tot = {k:0 for k in FIELDS}; tot["hard_negatives"]=0
recs = [json.loads(l) for l in open("labels.jsonl",encoding="utf-8")]
if len(recs)!=7: errs.append(f"expected 7 records, got {len(recs)}")
print(f"{'file':38} {'han':>5} term pen noti auto hn")
for r in recs:
    for k in ("file","lang","labels_by","title","parties","labels","hard_negatives"):
        if k not in r: errs.append(f"{r.get('file')}: missing {k}")
    lines = [l.rstrip("\n") for l in open(r["file"],encoding="utf-8")]
    han = len(re.findall(r'[\u4e00-\u9fff]', "\n".join(lines)))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: {han} Han chars")
    if r["title"] != lines[0].strip(): errs.append(f"{r['file']}: title mismatch")
    if r["labels_by"]!="sw41" or r["lang"]!="zh": errs.append(f"{r['file']}: labels_by/lang")
    for p in r["parties"]:
        if p.get("role") not in ("client","provider") or not p.get("name") or not p.get("label"): errs.append(f"{r['file']}: party {p}")
        elif p["name"] not in "\n".join(lines): errs.append(f"{r['file']}: party name not in text {p['name']}")
    for fam, spec in FIELDS.items():
        for it in r["labels"].get(fam, []):
            if it.get("src")!="writer" or "note" not in it: errs.append(f"{r['file']} {fam}: src/note {it['text'][:20]}")
            for f, allowed in spec.items():
                if f not in it: errs.append(f"{r['file']} {fam}: missing {f} in {it['text'][:25]}")
                elif allowed and it[f] not in allowed: errs.append(f"{r['file']} {fam}: bad {f}={it[f]}")
            if fam=="notice" and not isinstance(it.get("notice_days"),int): errs.append(f"{r['file']}: notice_days not int")
            if fam=="penalty" and not isinstance(it.get("per_day"),bool): errs.append(f"{r['file']}: per_day not bool")
            if not on_line(it["text"], lines): errs.append(f"{r['file']} {fam}: NOT VERBATIM: {it['text'][:40]}")
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        if h.get("family") not in FIELDS or not h.get("note") or h.get("src")!="writer": errs.append(f"{r['file']}: bad HN {h['text'][:20]}")
        if not on_line(h["text"], lines): errs.append(f"{r['file']} HN: NOT VERBATIM: {h['text'][:40]}")
        # HN must not also be a label of the same family
        if any(h["text"]==it["text"] for it in r["labels"].get(h.get("family"),[])): errs.append(f"{r['file']}: HN also labelled {h['text'][:20]}")
    c = {k:len(r["labels"].get(k,[])) for k in FIELDS}
    for k in FIELDS: tot[k]+=c[k]
    tot["hard_negatives"]+=len(hn)
    print(f"{r['file']:38} {han:>5} {c['termination']:>4} {c['penalty']:>3} {c['notice']:>4} {c['auto_renewal']:>4} {len(hn):>2}")
print("totals:", tot)
# forbidden figures
for r in recs:
    t = open(r["file"],encoding="utf-8").read()
    for bad in ("30%","百分之三十","5000","5,000","伍仟元","180日","180天","一百八十日","一百八十天"):
        if bad in t: errs.append(f"{r['file']}: forbidden figure {bad}")
if errs:
    print("FAIL"); [print(" -",e) for e in errs]; sys.exit(1)
print("PASS")
