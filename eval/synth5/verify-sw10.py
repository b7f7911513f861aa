#!/usr/bin/env python3
"""Verify sw10 labels: every label / hard-negative text occurs verbatim on exactly one
line of its file, required fields are present and valid, text sizes are in range."""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
FAMS = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change",
            "terms_change", "suspension", "other"}
PEN_KEYS = ("percent", "amount", "floor", "base", "per_day")
errors = []

def err(msg):
    errors.append(msg)

def num_or_blank(v):
    return v == "blank" or (isinstance(v, (int, float)) and not isinstance(v, bool))

def one_line(lines, text, where):
    n = sum(1 for l in lines if text in l)
    if n != 1:
        err(f"{where}: text found on {n} lines: {text[:40]}")

recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
seen = set()
tot = {f: 0 for f in FAMS}
tot_hn = 0
for r in recs:
    f = r.get("file", "?")
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            err(f"{f}: missing field {k}")
    if f in seen:
        err(f"{f}: duplicate record")
    seen.add(f)
    path = os.path.join(D, f)
    if not os.path.isfile(path):
        err(f"{f}: file missing"); continue
    txt = open(path, encoding="utf-8").read()
    lines = txt.splitlines()
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if r.get("lang") != "zh":
        err(f"{f}: lang must be zh")
    if not 2500 <= han <= 6000:
        err(f"{f}: {han} Han characters out of range 2500-6000")
    if r.get("labels_by") != "sw10":
        err(f"{f}: labels_by")
    if r.get("title") != lines[0]:
        err(f"{f}: title is not the first line")
    parties = r.get("parties", [])
    if len(parties) < 2:
        err(f"{f}: fewer than two parties")
    for p in parties:
        if set(p) != {"label", "role", "name"} or p["role"] not in ("client", "provider"):
            err(f"{f}: bad party {p}")
    labels = r.get("labels", {})
    if set(labels) != set(FAMS):
        err(f"{f}: label families {sorted(labels)}")
    counts = {}
    for fam in FAMS:
        items = labels.get(fam, [])
        counts[fam] = len(items)
        tot[fam] += len(items)
        for i, it in enumerate(items):
            w = f"{f} {fam}[{i}]"
            for k in ("text", "src", "note"):
                if k not in it:
                    err(f"{w}: missing {k}")
            if it.get("src") != "writer":
                err(f"{w}: src")
            one_line(lines, it.get("text", ""), w)
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{w}: holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{w}: trigger {it.get('trigger')}")
            elif fam == "penalty":
                if not any(k in it for k in PEN_KEYS): err(f"{w}: no penalty values")
                for k in ("percent", "amount", "floor"):
                    if k in it and not num_or_blank(it[k]): err(f"{w}: bad {k}")
                if "per_day" in it and not isinstance(it["per_day"], bool): err(f"{w}: per_day")
            elif fam == "notice":
                if not num_or_blank(it.get("notice_days")): err(f"{w}: notice_days")
                if it.get("purpose") not in PURPOSES: err(f"{w}: purpose")
            elif fam == "auto_renewal":
                if "renewal_term_days" in it and not num_or_blank(it["renewal_term_days"]):
                    err(f"{w}: renewal_term_days")
    hns = r.get("hard_negatives", [])
    tot_hn += len(hns)
    if not 5 <= len(hns) <= 10:
        err(f"{f}: {len(hns)} hard negatives (need 5-10)")
    for i, h in enumerate(hns):
        w = f"{f} hn[{i}]"
        if h.get("family") not in FAMS: err(f"{w}: family")
        if h.get("src") != "writer" or not h.get("note"): err(f"{w}: src/note")
        one_line(lines, h.get("text", ""), w)
    print(f"{f}: {han} Han chars, {len(lines)} lines, " +
          ", ".join(f"{k}={v}" for k, v in counts.items()) + f", hard_negatives={len(hns)}")
on_disk = {"texts/" + n for n in os.listdir(os.path.join(D, "texts")) if n.endswith(".txt")}
for miss in sorted(on_disk - seen):
    err(f"{miss}: no label record")
print("TOTAL: " + ", ".join(f"{k}={v}" for k, v in tot.items()) + f", hard_negatives={tot_hn}, contracts={len(recs)}")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
