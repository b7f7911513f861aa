#!/usr/bin/env python3
"""Checker for sw52: verbatim lines/sentences, required fields, sizes, counts."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = {"termination": ["holder", "trigger"], "penalty": ["percent", "amount", "floor", "base", "per_day"],
        "notice": ["notice_days", "purpose"], "auto_renewal": ["renewal_term_days"]}
ENUMS = {"holder": {"client", "provider", "either", "both", "none"},
         "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
         "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errors = []
def err(m): errors.append(m)

def on_one_line(text, lines):
    for ln in lines:
        if text == ln:
            return True
        i = ln.find(text)
        while i != -1:
            before_ok = i == 0 or ln[i-2:i] in (". ", "; ", ": ") or ln[i-1] == " " and ln[i-2] in ".;:"
            end = i + len(text)
            after_ok = end == len(ln) or ln[end] == " "
            if before_ok and after_ok and (text.endswith((".", ":", ";")) or end == len(ln)):
                return True
            i = ln.find(text, i + 1)
    return False

recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
tot = {f: 0 for f in FAMS}; tot["hard_negatives"] = 0
print(f"{'file':38} {'words':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'HN':>3}")
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(HERE, r["file"])
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    if lines[0].strip() != r["title"]: err(f"{r['file']}: title mismatch")
    words = len(open(path, encoding="utf-8").read().split())
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    if r["lang"] != "en": err(f"{r['file']}: lang")
    if len(r["parties"]) < 2 or not {p["role"] for p in r["parties"]} >= {"client", "provider"}: err(f"{r['file']}: parties")
    for p in r["parties"]:
        if p["name"] not in "\n".join(lines): err(f"{r['file']}: party name not in text: {p['name']}")
    counts = {}
    for fam, fields in FAMS.items():
        items = r["labels"].get(fam, [])
        counts[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for k in ["text", "src", "note"] + fields:
                if k not in it: err(f"{r['file']} {fam}: missing {k} in {it.get('text','')[:50]}")
            for k, allowed in ENUMS.items():
                if k in it and it[k] not in allowed: err(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "auto_renewal" and "option" in it["text"].lower() and it["note"] != "option":
                err(f"{r['file']}: renewal option must have note 'option'")
            if not on_one_line(it["text"], lines): err(f"{r['file']} {fam}: not verbatim line/sentence: {it['text'][:70]}")
    hn = r["hard_negatives"]; tot["hard_negatives"] += len(hn)
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        for k in ("family", "text", "src", "note"):
            if k not in h: err(f"{r['file']} HN missing {k}")
        if h["family"] not in FAMS: err(f"{r['file']} HN bad family {h['family']}")
        if not on_one_line(h["text"], lines): err(f"{r['file']} HN not verbatim: {h['text'][:70]}")
        if any(h["text"] == it["text"] for it in r["labels"].get(h["family"], [])):
            err(f"{r['file']} HN also labelled positive in same family: {h['text'][:60]}")
    txt = open(path, encoding="utf-8").read()
    for bad in ("30%", "30 %", "5000", "5,000", "180 days", "one hundred and eighty"):
        if bad in txt: err(f"{r['file']}: forbidden figure {bad}")
    print(f"{r['file'][6:]:38} {words:5} {counts['termination']:4} {counts['penalty']:4} {counts['notice']:4} {counts['auto_renewal']:4} {len(hn):3}")
print("totals:", tot)
if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
