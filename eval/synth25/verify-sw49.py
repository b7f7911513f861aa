#!/usr/bin/env python3
"""Checker for sw49: verbatim single-line occurrence, required fields, sizes, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FAM = {
    "termination": {"holder": {"client", "provider", "either", "both", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}},
    "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
    "notice": {"notice_days": None, "purpose": {"termination", "non_renewal", "price_change", "terms_change",
                                                  "suspension", "personnel_change", "other"}},
    "auto_renewal": {"renewal_term_days": None},
}
errs = []
def err(m): errs.append(m)
recs = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8") if l.strip()]
tot = {f: 0 for f in FAM}; tot["hard_negatives"] = 0
print(f"{'file':34} {'han':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    text = open(r["file"], encoding="utf-8").read()
    lines = text.splitlines()
    if lines[0] != r["title"]: err(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    if r["lang"] == "zh" and not (2500 <= han <= 6000): err(f"{r['file']}: {han} Han chars out of range")
    for bad in ("30%", "百分之三十", "5000", "5,000", "180日", "180天", "一百八十日", "一百八十天"):
        if bad in text: err(f"{r['file']}: forbidden figure {bad}")
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider") or not p.get("name") or not p.get("label"):
            err(f"{r['file']}: bad party {p}")
        elif p["name"] not in text: err(f"{r['file']}: party name not in text {p['name']}")
    def check_text(t, where):
        hits = [l for l in lines if t in l]
        if not hits: err(f"{r['file']}: not verbatim ({where}): {t[:40]}")
        elif t not in lines:
            # must be a whole sentence of the line
            l = hits[0]; i = l.find(t); pre = l[:i]
            if not (t.endswith(("。", "；", "：")) and (pre == "" or pre.endswith(("。", "；")) or re.fullmatch(r"[\d\.\s、（）()一二三四五六七八九十]+", pre))):
                err(f"{r['file']}: not a whole line/sentence ({where}): {t[:40]}")
    for fam, spec in FAM.items():
        items = r["labels"].get(fam)
        if items is None: err(f"{r['file']}: no family {fam}"); continue
        for it in items:
            for k in ("text", "src", "note"):
                if k not in it: err(f"{r['file']}: {fam} item missing {k}")
            for f, allowed in spec.items():
                if f not in it: err(f"{r['file']}: {fam} item missing {f}: {it['text'][:30]}")
                elif allowed and it[f] not in allowed: err(f"{r['file']}: {fam} bad {f}={it[f]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): err(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): err(f"{r['file']}: per_day not bool")
            check_text(it["text"], fam)
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not (5 <= len(hn) <= 10): err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: err(f"{r['file']}: hn missing {k}")
        if h["family"] not in FAM: err(f"{r['file']}: hn bad family {h['family']}")
        check_text(h["text"], "hard_negative")
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])):
            err(f"{r['file']}: hard negative also labelled in same family: {h['text'][:30]}")
    tot["hard_negatives"] += len(hn)
    L = r["labels"]
    print(f"{r['file']:34} {han:5} {len(L['termination']):4} {len(L['penalty']):4} {len(L['notice']):4} {len(L['auto_renewal']):4} {len(hn):3}")
print("totals:", tot)
if len(recs) != 7: err(f"{len(recs)} records, expected 7")
if errs:
    print("FAIL"); [print(" -", e) for e in errs]; sys.exit(1)
print("PASS")
