#!/usr/bin/env python3
"""Checker for sw27: verbatim texts, required fields, sizes, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
REQ = {"termination": ["holder", "trigger"],
       "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"],
       "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
SENT_END = "。；;！？"
errors = []

def err(m): errors.append(m)

def whole_unit(text, lines):
    """text must equal a whole line, or a whole sentence inside one line."""
    for l in lines:
        if text == l:
            return True
        i = l.find(text)
        while i >= 0:
            before_ok = i == 0 or l[i - 1] in SENT_END
            end = i + len(text)
            after_ok = end == len(l) or text[-1] in SENT_END
            if before_ok and after_ok:
                return True
            i = l.find(text, i + 1)
    return False

rows = [json.loads(x) for x in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if x.strip()]
if len(rows) != 7: err(f"expected 7 contracts, got {len(rows)}")
tot = {f: 0 for f in FAMS}; tot_hn = 0
print(f"{'file':40} {'han':>5} " + " ".join(f"{f[:5]:>5}" for f in FAMS) + "   hn")
for r in rows:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != r["title"]: err(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    if r["lang"] == "zh" and not (2500 <= han <= 6000): err(f"{r['file']}: {han} Han chars out of range")
    for bad in ["30%", "百分之三十", "5000", "5,000", "180", "一百八十"]:
        if bad in text: err(f"{r['file']}: forbidden figure {bad}")
    if r["labels_by"] != "sw27": err("labels_by")
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider") or not p.get("label") or not p.get("name"):
            err(f"{r['file']}: bad party {p}")
        if p["name"] not in text: err(f"{r['file']}: party name not in text {p['name']}")
    for f in FAMS:
        items = r["labels"].get(f)
        if items is None: err(f"{r['file']}: family {f} missing"); continue
        for it in items:
            for k in ["text", "src", "note"] + REQ[f]:
                if k not in it: err(f"{r['file']}/{f}: missing {k} in {it.get('text','')[:30]}")
            for k, vals in ENUM.items():
                if k in it and it[k] not in vals: err(f"{r['file']}/{f}: bad {k}={it[k]}")
            if not whole_unit(it["text"], lines): err(f"{r['file']}/{f}: not verbatim line/sentence: {it['text'][:50]}")
            if f == "penalty":
                if it["percent"] is None and it["amount"] is None: err(f"{r['file']}: penalty with neither percent nor amount: {it['text'][:30]}")
                if not isinstance(it["per_day"], bool): err("per_day not bool")
            if f == "notice" and not isinstance(it["notice_days"], int): err("notice_days not int")
        tot[f] += len(items)
    hn = r["hard_negatives"]
    if not (5 <= len(hn) <= 10): err(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {(f, it["text"]) for f in FAMS for it in r["labels"][f]}
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{r['file']}: hard negative missing {k}")
        if h["family"] not in FAMS: err(f"bad hn family {h['family']}")
        if not whole_unit(h["text"], lines): err(f"{r['file']}/hn: not verbatim: {h['text'][:50]}")
        if (h["family"], h["text"]) in labelled: err(f"{r['file']}: hn also labelled in same family: {h['text'][:30]}")
    tot_hn += len(hn)
    print(f"{r['file']:40} {han:5} " + " ".join(f"{len(r['labels'][f]):5}" for f in FAMS) + f" {len(hn):4}")
print(f"{'TOTAL':40} {'':5} " + " ".join(f"{tot[f]:5}" for f in FAMS) + f" {tot_hn:4}")
for need in ["README.md"]:
    if not os.path.exists(os.path.join(BASE, need)): err(f"missing {need}")
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nPASS")
