#!/usr/bin/env python3
"""Checker for writer sw31's set: verbatim texts, fields, sizes, counts."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

FIELDS = {"termination": {"holder", "trigger"},
          "penalty": {"percent", "amount", "floor", "base", "per_day"},
          "notice": {"notice_days", "purpose"},
          "auto_renewal": {"renewal_term_days"}}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
SENT_END = "。；;！？!?：:"

def on_one_line(text, lines):
    """True if text is a whole line, or a whole sentence of exactly one line."""
    hits = [l for l in lines if text in l]
    if len(hits) != 1:
        return False, f"found on {len(hits)} lines"
    l = hits[0]
    if l == text:
        return True, ""
    i = l.index(text)
    start_ok = i == 0 or l[i-1] in "。；;！？!?"
    end_ok = text[-1] in SENT_END or i + len(text) == len(l)
    return (start_ok and end_ok), "not a whole sentence"

recs = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
if len(recs) != 7: fail(f"{len(recs)} records, expected 7")
tot = {k: 0 for k in FIELDS}; tot_hn = 0
print(f"{'file':34} {'han':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
seen_files = set()
for r in recs:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: fail(f"{r.get('file')}: missing {k}")
    path = os.path.join(HERE, r["file"]); seen_files.add(r["file"])
    raw = open(path, encoding="utf-8").read()
    lines = raw.split("\n")
    if r["lang"] != "zh": fail(f"{r['file']}: lang")
    if r["labels_by"] != "sw31": fail(f"{r['file']}: labels_by")
    if r["title"] != lines[0]: fail(f"{r['file']}: title != first line")
    han = len(re.findall(r"[\u4e00-\u9fff]", raw))
    if not 2500 <= han <= 6000: fail(f"{r['file']}: {han} Han characters")
    for bad in ("30%", "30％", "5000", "5,000", "180日", "180天", "一百八十"):
        if bad in raw: fail(f"{r['file']}: banned figure {bad}")
    if len(r["parties"]) < 2: fail(f"{r['file']}: parties")
    for p in r["parties"]:
        if set(p) != {"label", "role", "name"} or p["role"] not in ("client", "provider"):
            fail(f"{r['file']}: bad party {p}")
        if p["name"] not in raw or p["label"] not in raw: fail(f"{r['file']}: party not in text {p}")
    if set(r["labels"]) != set(FIELDS): fail(f"{r['file']}: label families {set(r['labels'])}")
    for fam, items in r["labels"].items():
        for it in items:
            need = {"text", "src", "note"} | FIELDS[fam]
            if not need <= set(it): fail(f"{r['file']} {fam}: missing {need - set(it)} in {it['text'][:30]}")
            if it.get("src") != "writer": fail(f"{r['file']} {fam}: src")
            for f_, allowed in ENUM.items():
                if f_ in it and it[f_] not in allowed: fail(f"{r['file']} {fam}: {f_}={it[f_]}")
            if fam == "penalty":
                for f_ in ("percent", "amount", "floor"):
                    if it[f_] is not None and not isinstance(it[f_], (int, float)): fail(f"{r['file']}: {f_} not number")
                if not isinstance(it["per_day"], bool): fail(f"{r['file']}: per_day not bool")
            if fam == "notice" and not isinstance(it["notice_days"], int): fail(f"{r['file']}: notice_days")
            if fam == "auto_renewal" and it["renewal_term_days"] is not None and not isinstance(it["renewal_term_days"], (int, float)):
                fail(f"{r['file']}: renewal_term_days")
            good, why = on_one_line(it["text"], lines)
            if not good: fail(f"{r['file']} {fam}: {why}: {it['text'][:40]}")
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: fail(f"{r['file']}: {len(hn)} hard negatives")
    for h in hn:
        if not {"family", "text", "src", "note"} <= set(h) or h["family"] not in FIELDS: fail(f"{r['file']}: bad HN {h}")
        good, why = on_one_line(h["text"], lines)
        if not good: fail(f"{r['file']} HN: {why}: {h['text'][:40]}")
        labelled_same = [it for it in r["labels"][h["family"]] if it["text"] == h["text"]]
        if labelled_same: fail(f"{r['file']} HN also labelled in {h['family']}: {h['text'][:40]}")
    tot_hn += len(hn)
    c = {k: len(v) for k, v in r["labels"].items()}
    print(f"{r['file']:34} {han:5} {c['termination']:4} {c['penalty']:4} {c['notice']:4} {c['auto_renewal']:4} {len(hn):3}")
for f in os.listdir(os.path.join(HERE, "texts")):
    if "texts/" + f not in seen_files: fail(f"unlabelled file texts/{f}")
print(f"{'TOTAL':34} {'':5} {tot['termination']:4} {tot['penalty']:4} {tot['notice']:4} {tot['auto_renewal']:4} {tot_hn:3}")
print("OK" if ok else "NOT OK")
sys.exit(0 if ok else 1)
