#!/usr/bin/env python3
"""Verify sw8 labels: verbatim single-line occurrence, required fields, sizes, counts."""
import json, os, re, sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
EXTRA = {
    "termination": ("holder", "trigger"),
    "penalty": ("percent", "amount", "floor", "base", "per_day"),
    "notice": ("notice_days", "purpose"),
    "auto_renewal": ("renewal_term_days",),
}
errors = []

def err(msg):
    errors.append(msg)

def count_lines(lines, text):
    return sum(1 for l in lines if text in l)

totals = Counter()
hn_totals = Counter()
path = os.path.join(BASE, "labels.jsonl")
records = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
files_seen = set()
for r in records:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            err(f"{r.get('file')}: missing key {k}")
    fn = r["file"]
    files_seen.add(fn)
    fp = os.path.join(BASE, fn)
    if not os.path.exists(fp):
        err(f"{fn}: file missing"); continue
    raw = open(fp, encoding="utf-8").read()
    lines = raw.split("\n")
    if r["labels_by"] != "sw8": err(f"{fn}: labels_by")
    if r["lang"] not in ("en", "zh"): err(f"{fn}: lang")
    if r["title"] != lines[0]: err(f"{fn}: title != first line")
    # size
    if r["lang"] == "en":
        words = len(raw.split())
        if not 1500 <= words <= 3500: err(f"{fn}: {words} words out of range")
        size = f"{words} words"
    else:
        han = len(re.findall(r"[\u4e00-\u9fff]", raw))
        if not 2500 <= han <= 6000: err(f"{fn}: {han} Han chars out of range")
        size = f"{han} Han chars"
    # parties
    roles = set()
    for p in r["parties"]:
        for k in ("label", "role", "name"):
            if not p.get(k): err(f"{fn}: party missing {k}")
        if p.get("role") not in ("provider", "client"): err(f"{fn}: bad role {p.get('role')}")
        roles.add(p.get("role"))
        if p.get("name") and p["name"] not in raw: err(f"{fn}: party name not in text: {p['name']}")
    if roles != {"provider", "client"}: err(f"{fn}: need one provider and one client")
    # labels
    per = Counter()
    for fam in FAMILIES:
        items = r["labels"].get(fam)
        if items is None: err(f"{fn}: missing family {fam}"); continue
        for it in items:
            for k in ("text", "src", "note") + EXTRA[fam]:
                if k not in it: err(f"{fn}: {fam} item missing {k}: {it.get('text','')[:50]}")
            if it.get("src") != "writer": err(f"{fn}: src")
            n = count_lines(lines, it["text"])
            if n != 1: err(f"{fn}: {fam} text on {n} lines: {it['text'][:70]}")
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{fn}: bad holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{fn}: bad trigger {it.get('trigger')}")
            if fam == "notice":
                if it.get("purpose") not in PURPOSES: err(f"{fn}: bad purpose {it.get('purpose')}")
                if not isinstance(it.get("notice_days"), int) or it["notice_days"] <= 0:
                    err(f"{fn}: bad notice_days {it.get('notice_days')}")
            if fam == "penalty":
                if all(it.get(k) in (None, False) for k in ("percent", "amount", "base")):
                    err(f"{fn}: penalty without any value: {it['text'][:50]}")
                if not isinstance(it.get("per_day"), bool): err(f"{fn}: per_day not bool")
            if fam == "auto_renewal":
                v = it.get("renewal_term_days")
                if v is not None and (not isinstance(v, int) or v <= 0): err(f"{fn}: bad renewal_term_days")
            per[fam] += 1
            totals[fam] += 1
    hns = r["hard_negatives"]
    if not 5 <= len(hns) <= 10: err(f"{fn}: {len(hns)} hard negatives")
    for h in hns:
        for k in ("family", "text", "src", "note"):
            if not h.get(k): err(f"{fn}: HN missing {k}")
        if h.get("family") not in FAMILIES: err(f"{fn}: HN bad family")
        n = count_lines(lines, h["text"])
        if n != 1: err(f"{fn}: HN text on {n} lines: {h['text'][:70]}")
        # an HN must not coincide with a label of the same family
        if any(it["text"] == h["text"] for it in r["labels"].get(h["family"], [])):
            err(f"{fn}: HN duplicates a {h['family']} label")
        hn_totals[h["family"]] += 1
    print(f"{fn}: {size}; " + ", ".join(f"{f}={per[f]}" for f in FAMILIES) + f"; HN={len(hns)}")

on_disk = {"texts/" + f for f in os.listdir(os.path.join(BASE, "texts")) if f.endswith(".txt")}
if on_disk != files_seen: err(f"texts/labels mismatch: {sorted(on_disk ^ files_seen)}")
print("TOTAL labels: " + ", ".join(f"{f}={totals[f]}" for f in FAMILIES))
print("TOTAL hard negatives: " + ", ".join(f"{f}={hn_totals[f]}" for f in FAMILIES) + f" (all={sum(hn_totals.values())})")
if errors:
    print("FAIL"); [print("  -", e) for e in errors]; sys.exit(1)
print("PASS")
