#!/usr/bin/env python3
"""Verify sw1 labels: every label / hard-negative text occurs verbatim on exactly one line
of its file, required fields are present and valid, sizes are in range. Prints counts."""
import json, os, re, sys
from collections import Counter

D = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errors = []

def err(msg):
    errors.append(msg)

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def check_item(fam, it, where):
    for k in ("text", "src", "note"):
        if k not in it or not isinstance(it[k], str):
            err(f"{where}: missing/invalid '{k}'")
    if it.get("src") != "writer":
        err(f"{where}: src must be 'writer'")
    if fam == "termination":
        if it.get("holder") not in HOLDERS: err(f"{where}: bad holder {it.get('holder')!r}")
        if it.get("trigger") not in TRIGGERS: err(f"{where}: bad trigger {it.get('trigger')!r}")
    elif fam == "penalty":
        for k in ("percent", "amount", "floor", "base", "per_day"):
            if k not in it: err(f"{where}: missing '{k}'")
        for k in ("percent", "amount", "floor"):
            if it.get(k) is not None and not is_num(it[k]): err(f"{where}: '{k}' not numeric")
        if it.get("base") is not None and not isinstance(it["base"], str): err(f"{where}: base not str")
        if not isinstance(it.get("per_day"), bool): err(f"{where}: per_day not bool")
    elif fam == "notice":
        if not (isinstance(it.get("notice_days"), int) and it["notice_days"] > 0): err(f"{where}: bad notice_days")
        if it.get("purpose") not in PURPOSES: err(f"{where}: bad purpose {it.get('purpose')!r}")
    elif fam == "auto_renewal":
        if "renewal_term_days" not in it: err(f"{where}: missing renewal_term_days")
        v = it.get("renewal_term_days")
        if v is not None and not (isinstance(v, int) and v > 0): err(f"{where}: bad renewal_term_days")

def one_line(lines, text, where):
    n = sum(1 for l in lines if text in l)
    if n != 1:
        err(f"{where}: text found on {n} lines: {text[:40]!r}")

recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
tot = Counter(); hn_tot = Counter()
print(f"{'file':48} {'size':>6} {'term':>4} {'pen':>4} {'not':>4} {'ar':>3} {'hn':>3}")
for r in recs:
    f = r.get("file", "")
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: err(f"{f}: missing '{k}'")
    if r.get("labels_by") != "sw1": err(f"{f}: labels_by")
    if not re.match(r"texts/(zh|en)-sw1-0[1-9]-", f): err(f"{f}: file name")
    path = os.path.join(D, f)
    if not os.path.exists(path):
        err(f"{f}: missing file"); continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if r["title"] != lines[0]: err(f"{f}: title != first line")
    if any(l.strip() == "" for l in lines[:-1]): err(f"{f}: blank line inside text")
    if r["lang"] == "zh":
        size = len(re.findall(r"[\u4e00-\u9fff]", text))
        if not 2500 <= size <= 6000: err(f"{f}: {size} Han chars out of 2500-6000")
    else:
        size = len(re.findall(r"\b\w+\b", text))
        if not 1500 <= size <= 3500: err(f"{f}: {size} words out of 1500-3500")
    roles = {p.get("role") for p in r["parties"]}
    if roles != {"client", "provider"}: err(f"{f}: parties roles {roles}")
    for p in r["parties"]:
        if p.get("name") and p["name"] not in text: err(f"{f}: party name not in text: {p['name']}")
        if p.get("label") and p["label"] not in text: err(f"{f}: party label not in text: {p['label']}")
    if set(r["labels"]) != set(FAMS): err(f"{f}: label families {set(r['labels'])}")
    c = Counter()
    for fam in FAMS:
        for i, it in enumerate(r["labels"].get(fam, [])):
            where = f"{f} {fam}[{i}]"
            check_item(fam, it, where)
            one_line(lines, it.get("text", ""), where)
            c[fam] += 1
    hns = r["hard_negatives"]
    if not 5 <= len(hns) <= 10: err(f"{f}: {len(hns)} hard negatives (need 5-10)")
    for i, h in enumerate(hns):
        where = f"{f} hn[{i}]"
        for k in ("family", "text", "src", "note"):
            if not isinstance(h.get(k), str): err(f"{where}: missing '{k}'")
        if h.get("family") not in FAMS: err(f"{where}: bad family")
        one_line(lines, h.get("text", ""), where)
        if any(h.get("text") == it["text"] for it in r["labels"].get(h.get("family"), [])):
            err(f"{where}: same text labelled in the same family")
        hn_tot[h.get("family")] += 1
    tot.update(c)
    print(f"{f:48} {size:>6} {c['termination']:>4} {c['penalty']:>4} {c['notice']:>4} {c['auto_renewal']:>3} {len(hns):>3}")
print("totals:", dict(tot), "| hard negatives:", sum(hn_tot.values()), dict(hn_tot))
if errors:
    print(f"FAIL ({len(errors)} errors)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("PASS")
