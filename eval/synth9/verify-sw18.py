#!/usr/bin/env python3
"""Verify sw18 labels: verbatim single-line occurrence, required fields, text sizes, counts."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
PENALTY_KEYS = ("percent", "amount", "floor", "base", "per_day")
errors = []

def err(msg):
    errors.append(msg)

def han(t):
    return len(re.findall(r"[\u4e00-\u9fff]", t))

def check_text(fname, lines, text, where):
    if not isinstance(text, str) or not text.strip():
        err(f"{fname}: {where}: empty text"); return
    if "\n" in text:
        err(f"{fname}: {where}: text spans lines"); return
    n = sum(1 for l in lines if text in l)
    if n != 1:
        err(f"{fname}: {where}: text occurs on {n} lines: {text[:40]}")

totals = Counter(); hn_total = 0; files_seen = set()
recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for r in recs:
    f = r.get("file", "")
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{f}: missing {k}")
    if r.get("labels_by") != "sw18": err(f"{f}: labels_by")
    if f in files_seen: err(f"{f}: duplicate record")
    files_seen.add(f)
    path = os.path.join(HERE, f)
    if not os.path.isfile(path): err(f"{f}: file missing"); continue
    txt = open(path, encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0] != r.get("title"): err(f"{f}: title is not first line")
    size = han(txt) if r.get("lang") == "zh" else len(txt.split())
    lo, hi = (2500, 6000) if r.get("lang") == "zh" else (1500, 3500)
    if not lo <= size <= hi: err(f"{f}: size {size} outside {lo}-{hi}")
    for p in r.get("parties", []):
        if p.get("role") not in ("client", "provider") or not p.get("label") or not p.get("name"):
            err(f"{f}: bad party {p}")
        elif p["label"] not in txt: err(f"{f}: party label {p['label']} not in text")
    labs = r.get("labels", {})
    if set(labs) != set(FAMILIES): err(f"{f}: label families {sorted(labs)}")
    counts = {}
    for fam in FAMILIES:
        items = labs.get(fam, [])
        counts[fam] = len(items); totals[fam] += len(items)
        for i, it in enumerate(items):
            w = f"{fam}[{i}]"
            check_text(f, lines, it.get("text"), w)
            if it.get("src") != "writer" or "note" not in it: err(f"{f}: {w}: src/note")
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{f}: {w}: holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{f}: {w}: trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in PENALTY_KEYS:
                    if k not in it: err(f"{f}: {w}: missing {k}")
                if all(it.get(k) in (None, False) for k in ("percent", "amount", "floor", "base")):
                    err(f"{f}: {w}: penalty without any value")
                if not isinstance(it.get("per_day"), bool): err(f"{f}: {w}: per_day not bool")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), int) or it["notice_days"] <= 0: err(f"{f}: {w}: notice_days")
                if it.get("purpose") not in PURPOSES: err(f"{f}: {w}: purpose")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it: err(f"{f}: {w}: renewal_term_days missing")
    hns = r.get("hard_negatives", [])
    if not 5 <= len(hns) <= 10: err(f"{f}: {len(hns)} hard negatives")
    hn_total += len(hns)
    for i, h in enumerate(hns):
        if h.get("family") not in FAMILIES: err(f"{f}: hn[{i}] family")
        if h.get("src") != "writer" or not h.get("note"): err(f"{f}: hn[{i}] src/note")
        check_text(f, lines, h.get("text"), f"hn[{i}]")
        # a hard negative must not be a labelled line of the same family
        if any(h.get("text") in it["text"] or it["text"] in h.get("text", "") for it in labs.get(h.get("family"), [])):
            err(f"{f}: hn[{i}] overlaps a label of the same family")
    print(f"{f}: lang={r.get('lang')} size={size} lines={len(lines)} " +
          " ".join(f"{k}={v}" for k, v in counts.items()) + f" hn={len(hns)} " +
          "parties=" + ",".join(f"{p['label']}:{p['role']}" for p in r.get("parties", [])))

on_disk = {"texts/" + n for n in os.listdir(os.path.join(HERE, "texts")) if n.endswith(".txt")}
if on_disk != files_seen: err(f"texts without records or records without texts: {on_disk ^ files_seen}")
print("TOTAL", dict(totals), "hard_negatives", hn_total, "files", len(recs))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("PASS")
