#!/usr/bin/env python3
"""Verify labels.jsonl for writer sw22: verbatim single-line matches, required fields, sizes, counts."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "sw22"
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
REQ = {
    "termination": {"holder", "trigger"},
    "penalty": {"percent", "amount", "floor", "base", "per_day"},
    "notice": {"notice_days", "purpose"},
    "auto_renewal": set(),
}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}

errors = []


def err(msg):
    errors.append(msg)


def count_lines(lines, text):
    return sum(1 for l in lines if text in l)


recs = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for n, raw in enumerate(fh, 1):
        raw = raw.strip()
        if not raw:
            continue
        try:
            recs.append(json.loads(raw))
        except json.JSONDecodeError as e:
            err(f"labels.jsonl line {n}: bad JSON {e}")

totals = Counter()
hn_total = 0
seen_files = set()
for r in recs:
    f = r.get("file", "")
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            err(f"{f}: missing key {k}")
    if r.get("labels_by") != ID:
        err(f"{f}: labels_by != {ID}")
    if f in seen_files:
        err(f"{f}: duplicate record")
    seen_files.add(f)
    path = os.path.join(HERE, f)
    if not os.path.isfile(path):
        err(f"{f}: file missing")
        continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != r.get("title"):
        err(f"{f}: title != first line")
    lang = r.get("lang")
    if lang == "zh":
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        size = f"{han} Han"
        if not 2500 <= han <= 6000:
            err(f"{f}: Han count {han} out of 2500-6000")
    elif lang == "en":
        words = len(text.split())
        size = f"{words} words"
        if not 1500 <= words <= 3500:
            err(f"{f}: word count {words} out of 1500-3500")
    else:
        err(f"{f}: bad lang {lang}")
        size = "?"
    for p in r.get("parties", []):
        if p.get("role") not in ("provider", "client") or not p.get("label") or not p.get("name"):
            err(f"{f}: bad party {p}")
        elif p["name"] not in text:
            err(f"{f}: party name not in text: {p['name']}")
    per = Counter()
    for fam in FAMILIES:
        items = r.get("labels", {}).get(fam)
        if items is None:
            err(f"{f}: labels missing family {fam}")
            continue
        for it in items:
            t = it.get("text", "")
            c = count_lines(lines, t)
            if not t or c != 1:
                err(f"{f}: [{fam}] text found on {c} lines: {t[:60]}")
            if it.get("src") != "writer" or "note" not in it:
                err(f"{f}: [{fam}] missing src/note: {t[:40]}")
            miss = REQ[fam] - set(it)
            if miss:
                err(f"{f}: [{fam}] missing fields {miss}: {t[:40]}")
            if fam == "termination":
                if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS:
                    err(f"{f}: bad holder/trigger {it.get('holder')}/{it.get('trigger')}")
            if fam == "notice":
                if not isinstance(it.get("notice_days"), (int, float)) or it.get("purpose") not in PURPOSES:
                    err(f"{f}: bad notice values {it.get('notice_days')}/{it.get('purpose')}")
            if fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if it.get(k) is not None and not isinstance(it.get(k), (int, float)):
                        err(f"{f}: penalty {k} not numeric")
                if not isinstance(it.get("per_day"), bool):
                    err(f"{f}: penalty per_day not bool")
            if fam == "auto_renewal" and "renewal_term_days" in it:
                if it["renewal_term_days"] is not None and not isinstance(it["renewal_term_days"], (int, float)):
                    err(f"{f}: renewal_term_days not numeric")
            per[fam] += 1
            totals[fam] += 1
    hns = r.get("hard_negatives", [])
    if not 5 <= len(hns) <= 10:
        err(f"{f}: {len(hns)} hard negatives (need 5-10)")
    for h in hns:
        t = h.get("text", "")
        c = count_lines(lines, t)
        if not t or c != 1:
            err(f"{f}: [HN {h.get('family')}] text found on {c} lines: {t[:60]}")
        if h.get("family") not in FAMILIES or h.get("src") != "writer" or not h.get("note"):
            err(f"{f}: bad hard negative fields {h}")
    hn_total += len(hns)
    roles = ", ".join(f"{p.get('label')}={p.get('role')}" for p in r.get("parties", []))
    print(f"{f}: {lang} {size}; " + " ".join(f"{k}={per[k]}" for k in FAMILIES) + f" HN={len(hns)}; {roles}")

print("TOTAL:", dict(totals), "hard_negatives:", hn_total, "contracts:", len(recs))
texts_dir = os.path.join(HERE, "texts")
on_disk = {"texts/" + x for x in os.listdir(texts_dir) if x.endswith(".txt")}
if on_disk != seen_files:
    err(f"files on disk vs labels differ: {sorted(on_disk ^ seen_files)}")
if errors:
    print("FAIL")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS")
