#!/usr/bin/env python3
"""Checker for writer sw35's label set: verbatim lines, fields, sizes, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FAM = {
 "termination": {"holder": {"client","provider","either","both","none"},
                 "trigger": {"at_will","for_cause","missed_target","force_majeure","expiry","automatic"}},
 "penalty": {"percent": None, "amount": None, "floor": None, "base": None, "per_day": None},
 "notice": {"notice_days": None, "purpose": {"termination","non_renewal","price_change","terms_change","suspension","personnel_change","other"}},
 "auto_renewal": {"renewal_term_days": None},
}
SENT_END = "。；;！？!?"
errors = []
def err(m): errors.append(m)

def on_one_line(text, lines):
    for ln in lines:
        s = ln.strip()
        if s == text: return True
        i = s.find(text)
        while i >= 0:
            before_ok = i == 0 or s[i-1] in "。！？!?"
            after_ok = text[-1] in SENT_END or i + len(text) == len(s)
            if before_ok and after_ok: return True
            i = s.find(text, i + 1)
    return False

recs = [json.loads(l) for l in open("labels.jsonl", encoding="utf-8") if l.strip()]
tot = {f: 0 for f in FAM}; tot_hn = 0
print(f"{'file':38} {'han':>5} term pen not auto  hn")
for r in recs:
    for k in ("file","lang","labels_by","title","parties","labels","hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    lines = open(r["file"], encoding="utf-8").read().split("\n")
    lines = [l for l in lines if l.strip()]
    if lines[0].strip() != r["title"]: err(f"{r['file']}: title mismatch")
    full = "\n".join(lines)
    han = len(re.findall(r"[\u4e00-\u9fff]", full))
    if r["lang"] == "zh" and not (2500 <= han <= 6000): err(f"{r['file']}: {han} Han chars")
    for bad in (r"(?<![\d.,])30\s?[%％]", r"(?<![\d.,])5,?000(?![\d,])", r"(?<![\d.,])180\s?(天|日|days)", "百分之三十"):
        if re.search(bad, full): err(f"{r['file']}: avoided figure {bad}")
    for p in r["parties"]:
        if p.get("role") not in ("client","provider") or not p.get("name") or not p.get("label"): err(f"{r['file']}: bad party {p}")
        if p["name"] not in full: err(f"{r['file']}: party name not in text {p['name']}")
    labelled = {}
    for fam, spec in FAM.items():
        items = r["labels"].get(fam)
        if items is None: err(f"{r['file']}: no family {fam}"); continue
        for it in items:
            for k in ("text","src","note"):
                if not it.get(k): err(f"{r['file']} {fam}: missing {k}")
            for k, allowed in spec.items():
                if k not in it: err(f"{r['file']} {fam}: missing field {k}: {it['text'][:30]}")
                elif allowed and it[k] not in allowed: err(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "penalty":
                if not isinstance(it["per_day"], bool): err("per_day not bool")
                if it["percent"] is None and it["amount"] is None: err(f"{r['file']}: penalty with neither percent nor amount: {it['text'][:30]}")
            if fam == "notice" and not isinstance(it["notice_days"], int): err("notice_days not int")
            if not on_one_line(it["text"], lines): err(f"{r['file']} {fam}: not verbatim: {it['text'][:40]}")
            labelled.setdefault(fam, set()).add(it["text"])
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not (5 <= len(hn) <= 10): err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family","text","src","note"):
            if not h.get(k): err(f"{r['file']} hn: missing {k}")
        if h["family"] not in FAM: err(f"bad hn family {h['family']}")
        if not on_one_line(h["text"], lines): err(f"{r['file']} hn: not verbatim: {h['text'][:40]}")
        if h["text"] in labelled.get(h["family"], set()): err(f"{r['file']} hn also labelled in {h['family']}")
    tot_hn += len(hn)
    c = {f: len(r["labels"][f]) for f in FAM}
    print(f"{r['file']:38} {han:5d} {c['termination']:4d} {c['penalty']:3d} {c['notice']:3d} {c['auto_renewal']:4d} {len(hn):3d}")
print("totals:", tot, "hard_negatives:", tot_hn)
if len(recs) != 7: err(f"{len(recs)} contracts")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
