#!/usr/bin/env python3
"""Verify sw14 labels: verbatim single-line occurrence, required fields, sizes; print counts."""
import json, os, re, sys
from collections import Counter
BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errors = []
def err(m): errors.append(m)
def num_or_blank(v, allow_none=True):
    return (v is None and allow_none) or v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool))

recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted("texts/" + f for f in os.listdir(os.path.join(BASE, "texts")))
if sorted(r["file"] for r in recs) != files_on_disk:
    err("labels.jsonl files != texts/ contents")
tot = Counter(); hn_tot = Counter()
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{r.get('file')}: missing {k}")
    path = os.path.join(BASE, r["file"])
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    words = len(text.split())
    if r["lang"] != "en": err(f"{r['file']}: lang")
    if r["labels_by"] != "sw14": err(f"{r['file']}: labels_by")
    if r["title"] != lines[0]: err(f"{r['file']}: title != first line")
    if not 1500 <= words <= 3500: err(f"{r['file']}: {words} words out of range")
    roles = {p["role"] for p in r["parties"]}
    if not roles <= {"provider", "client"} or len(r["parties"]) < 2 or any(not p.get("label") or not p.get("name") for p in r["parties"]):
        err(f"{r['file']}: parties")
    for p in r["parties"]:
        if p["label"] not in text: err(f"{r['file']}: party label {p['label']} not in text")
    def check_text(t, where):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f"{r['file']}: {where}: text on {n} lines: {t[:70]!r}")
    c = Counter()
    if set(r["labels"]) != set(FAMS): err(f"{r['file']}: label families")
    for fam in FAMS:
        for it in r["labels"].get(fam, []):
            c[fam] += 1
            check_text(it["text"], fam)
            if it.get("src") != "writer" or "note" not in it: err(f"{r['file']}: {fam} src/note")
            if fam == "termination":
                if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS: err(f"{r['file']}: bad termination {it}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it: err(f"{r['file']}: penalty missing {k}")
                if not (num_or_blank(it["percent"]) and num_or_blank(it["amount"]) and num_or_blank(it["floor"])): err(f"{r['file']}: penalty numbers {it}")
                if not isinstance(it["per_day"], bool): err(f"{r['file']}: per_day")
                if it["percent"] is None and it["amount"] is None and not it["base"]: err(f"{r['file']}: penalty without value")
            elif fam == "notice":
                if not num_or_blank(it.get("notice_days"), False) or it.get("purpose") not in PURPOSES: err(f"{r['file']}: bad notice {it}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it or not num_or_blank(it["renewal_term_days"]): err(f"{r['file']}: bad renewal {it}")
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        if h.get("family") not in FAMS or h.get("src") != "writer" or not h.get("note"): err(f"{r['file']}: bad hn {h}")
        check_text(h["text"], "hn")
        hn_tot[h["family"]] += 1
        # a hard negative must not duplicate a label of the same family
        if any(h["text"] == it["text"] for it in r["labels"][h["family"]]): err(f"{r['file']}: hn equals label {h['text'][:50]}")
    tot.update(c)
    print(f"{r['file']}: {words} words, {len(lines)} lines | " + ", ".join(f"{f}={c[f]}" for f in FAMS) + f", hn={len(hn)} | " +
          "; ".join(f"{p['label']}={p['role']}" for p in r["parties"]))
print("TOTAL labels:", dict(tot), "sum", sum(tot.values()))
print("TOTAL hard negatives:", dict(hn_tot), "sum", sum(hn_tot.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
