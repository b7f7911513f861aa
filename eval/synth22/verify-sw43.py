#!/usr/bin/env python3
"""sw43 checker: verbatim-on-one-line, whole line or whole sentence, fields, sizes, banned figures, counts."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
FAM = {"termination": ["holder", "trigger"],
       "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"],
       "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
def err(m): errs.append(m)

def check_text(lines, text, where):
    hits = [l for l in lines if text in l]
    if len(hits) == 0:
        err(f"{where}: not found verbatim on one line: {text[:40]}"); return
    ok = False
    for l in hits:
        if l == text: ok = True; break
        i = l.find(text)
        while i >= 0:
            start_ok = i == 0 or l[i-1] in "。；;"
            end = i + len(text)
            end_ok = end == len(l) or text[-1] in "。；;"
            if start_ok and end_ok: ok = True; break
            i = l.find(text, i + 1)
        if ok: break
    if not ok: err(f"{where}: not a whole line or sentence: {text[:40]}")

recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
tot = {k: 0 for k in FAM}; tot["hard_negatives"] = 0
print(f"{'file':42} {'han':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    p = os.path.join(D, r["file"])
    txt = open(p, encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0] != r["title"]: err(f"{r['file']}: title mismatch")
    if r["labels_by"] != "sw43" or r["lang"] != "zh": err(f"{r['file']}: labels_by/lang")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not 2500 <= han <= 6000: err(f"{r['file']}: han count {han}")
    flat = txt.replace(",", "")
    for bad in ["5000", "30%", "30％", "百分之三十", "180天", "180日", "一百八十"]:
        if bad in flat: err(f"{r['file']}: banned figure {bad}")
    for pt in r["parties"]:
        if set(pt) != {"label", "role", "name"} or pt["role"] not in ("client", "provider"): err(f"{r['file']}: party {pt}")
        if pt["name"] not in txt: err(f"{r['file']}: party name not in text {pt['name']}")
    for fam, fields in FAM.items():
        for it in r["labels"].get(fam, []):
            for k in ["text", "src", "note"] + fields:
                if k not in it: err(f"{r['file']} {fam}: missing {k}")
            for k in fields:
                if k in ENUM and it.get(k) not in ENUM[k]: err(f"{r['file']} {fam}: bad {k}={it.get(k)}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): err(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): err(f"{r['file']}: per_day not bool")
            check_text(lines, it["text"], f"{r['file']} {fam}")
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {(f, it["text"]) for f in FAM for it in r["labels"][f]}
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{r['file']} hn: missing {k}")
        if h["family"] not in FAM: err(f"{r['file']} hn: bad family {h['family']}")
        if (h["family"], h["text"]) in labelled: err(f"{r['file']} hn also labelled in same family: {h['text'][:30]}")
        check_text(lines, h["text"], f"{r['file']} hn")
    c = {f: len(r["labels"][f]) for f in FAM}
    for f in FAM: tot[f] += c[f]
    tot["hard_negatives"] += len(hn)
    print(f"{r['file']:42} {han:>5} {c['termination']:>4} {c['penalty']:>4} {c['notice']:>4} {c['auto_renewal']:>4} {len(hn):>3}")
print("totals:", tot)
# provider as 甲方 in at least two contracts
n = sum(1 for r in recs if any(p["label"] == "甲方" and p["role"] == "provider" for p in r["parties"]))
if n < 2: err(f"provider is 甲方 in only {n} contracts")
if len(recs) != 7: err(f"{len(recs)} records")
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("PASS")
