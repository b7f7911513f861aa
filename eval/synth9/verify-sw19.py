#!/usr/bin/env python3
"""Verify sw19 labels: verbatim single-line occurrence, required fields, sizes; print counts."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
FAM = ["termination", "penalty", "notice", "auto_renewal"]
REQ = {"termination": ["holder", "trigger"],
       "penalty": ["percent", "amount", "floor", "base", "per_day"],
       "notice": ["notice_days", "purpose"],
       "auto_renewal": ["renewal_term_days"]}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errs = []
def err(m): errs.append(m)
def num_or_blank(v, allow_none=True):
    return (v is None and allow_none) or v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool))
tot = {f: 0 for f in FAM}; tot_hn = 0
recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted(os.listdir(os.path.join(D, "texts")))
if sorted(r["file"][6:] for r in recs) != files_on_disk:
    err("labels.jsonl files do not match texts/ directory")
print(f"{'file':42} {'words':>5} {'term':>4} {'pen':>4} {'ntc':>4} {'ar':>3} {'hn':>3}")
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    fn = r["file"]
    txt = open(os.path.join(D, fn), encoding="utf-8").read()
    lines = txt.split("\n")
    if r["lang"] != "en": err(f"{fn}: lang")
    if r["labels_by"] != "sw19": err(f"{fn}: labels_by")
    if r["title"] != lines[0]: err(f"{fn}: title != first line")
    words = len(txt.split())
    if not 1500 <= words <= 3500: err(f"{fn}: {words} words out of range")
    roles = [p.get("role") for p in r["parties"]]
    if sorted(roles) != ["client", "provider"]: err(f"{fn}: roles {roles}")
    for p in r["parties"]:
        if not p.get("label") or not p.get("name"): err(f"{fn}: party fields")
        elif p["label"] not in txt: err(f"{fn}: party label {p['label']} not in text")
    def check_text(t, where):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f"{fn}: {where}: text on {n} lines: {t[:70]!r}")
    for fam in FAM:
        items = r["labels"].get(fam)
        if items is None: err(f"{fn}: no family {fam}"); continue
        for it in items:
            for k in ["text", "src", "note"] + REQ[fam]:
                if k not in it: err(f"{fn}: {fam}: missing {k}: {it.get('text','')[:50]}")
            if it.get("src") != "writer": err(f"{fn}: src")
            check_text(it["text"], fam)
            if fam == "termination":
                if it["holder"] not in HOLDERS: err(f"{fn}: holder {it['holder']}")
                if it["trigger"] not in TRIGGERS: err(f"{fn}: trigger {it['trigger']}")
            if fam == "notice":
                if not num_or_blank(it["notice_days"], False): err(f"{fn}: notice_days")
                if it["purpose"] not in PURPOSES: err(f"{fn}: purpose {it['purpose']}")
            if fam == "penalty":
                for k in ["percent", "amount", "floor"]:
                    if not num_or_blank(it[k]): err(f"{fn}: penalty {k}={it[k]!r}")
                if not isinstance(it["per_day"], bool): err(f"{fn}: per_day")
            if fam == "auto_renewal":
                if not num_or_blank(it["renewal_term_days"]): err(f"{fn}: renewal_term_days")
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{fn}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{fn}: hn missing {k}")
        if h["family"] not in FAM: err(f"{fn}: hn family {h['family']}")
        if not h["note"]: err(f"{fn}: hn without note")
        check_text(h["text"], "hard_negative")
        # a hard negative must not also be a label of the same family
        if any(h["text"] == it["text"] for it in r["labels"][h["family"]]):
            err(f"{fn}: hn also labelled in {h['family']}")
    tot_hn += len(hn)
    c = [len(r["labels"][f]) for f in FAM]
    print(f"{fn[6:]:42} {words:5} {c[0]:4} {c[1]:4} {c[2]:4} {c[3]:3} {len(hn):3}")
print("TOTAL", tot, "hard_negatives", tot_hn)
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print("PASS")
