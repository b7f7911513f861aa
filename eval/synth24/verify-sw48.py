#!/usr/bin/env python3
"""Checker for sw48: verbatim labels, required fields, sizes, forbidden figures, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FAM = {"termination": ["holder", "trigger"],
       "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"],
       "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
def err(m): errs.append(m)
recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: err(f"expected 7 records, got {len(recs)}")
files_on_disk = sorted(f for f in os.listdir(os.path.join(BASE, "texts")) if f.endswith(".txt"))
if sorted(r["file"][6:] for r in recs) != files_on_disk: err("labels.jsonl files != texts/ files")
print(f"{'file':42} {'words':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
tot = {k: 0 for k in FAM}; tot["hn"] = 0
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    text = open(os.path.join(BASE, r["file"]), encoding="utf-8").read()
    lines = text.split("\n")
    if r["title"] != lines[0]: err(f"{r['file']}: title mismatch")
    if r["lang"] != "en" or r["labels_by"] != "sw48": err(f"{r['file']}: lang/labels_by")
    words = len(text.split())
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    for p in r["parties"]:
        if p.get("role") not in {"client", "provider"} or not p.get("label") or not p.get("name"): err(f"{r['file']}: bad party {p}")
    if {p["role"] for p in r["parties"]} != {"client", "provider"}: err(f"{r['file']}: parties need client+provider")
    # forbidden figures
    for pat in [r"\b30\s?%", r"\b30 per ?cent", r"thirty percent", r"(?<![\d,])5,?000(?![\d,])", r"\b180\b", r"one hundred eighty"]:
        if re.search(pat, text, re.I): err(f"{r['file']}: forbidden figure /{pat}/")
    def on_one_line(t):
        return any(t == l or (t in l and len(t) > 10) for l in lines)
    for fam, fields in FAM.items():
        items = r["labels"].get(fam)
        if items is None: err(f"{r['file']}: missing family {fam}"); continue
        tot[fam] += len(items)
        for it in items:
            if not on_one_line(it["text"]): err(f"{r['file']} {fam}: not verbatim: {it['text'][:70]}")
            for k in ["text", "src", "note"] + fields:
                if k not in it: err(f"{r['file']} {fam}: missing field {k}")
            for k, allowed in ENUM.items():
                if k in it and it[k] not in allowed: err(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): err(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): err(f"{r['file']}: per_day not bool")
    hn = r["hard_negatives"]
    tot["hn"] += len(hn)
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{r['file']} HN missing {k}")
        if h.get("family") not in FAM: err(f"{r['file']} HN bad family {h.get('family')}")
        if not on_one_line(h["text"]): err(f"{r['file']} HN not verbatim: {h['text'][:70]}")
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])): err(f"{r['file']} HN also labelled in same family")
    L = r["labels"]
    print(f"{r['file'][6:]:42} {words:>5} {len(L['termination']):>4} {len(L['penalty']):>4} {len(L['notice']):>4} {len(L['auto_renewal']):>4} {len(hn):>3}")
print(f"{'TOTAL':42} {'':>5} {tot['termination']:>4} {tot['penalty']:>4} {tot['notice']:>4} {tot['auto_renewal']:>4} {tot['hn']:>3}")
if errs:
    print("\nERRORS:"); [print(" -", e) for e in errs]; sys.exit(1)
print("\nOK: all checks passed")
