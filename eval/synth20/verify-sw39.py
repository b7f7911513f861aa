#!/usr/bin/env python3
"""sw39 checker: verbatim labels, required fields, sizes, banned figures, counts."""
import json, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FIELDS = {"termination": ["holder", "trigger"],
          "penalty": ["percent", "amount", "floor", "base", "per_day"],
          "notice": ["notice_days", "purpose"],
          "auto_renewal": ["renewal_term_days"]}
ENUM = {"holder": {"client", "provider", "either", "both", "none"},
        "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"},
        "purpose": {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}}
errs = []
def on_one_line(text, lines):
    for l in lines:
        if text == l.strip():
            return True
        if text in l:
            sents = [s for s in re.split(r"(?<=[。；;！？])", l) if s.strip()]
            if text in [s.strip() for s in sents] or text == l:
                return True
    return False
tot = {k: 0 for k in FIELDS}; tot["hard_negatives"] = 0
print(f"{'file':38} {'han':>5} {'term':>4} {'pen':>4} {'not':>4} {'auto':>4} {'hn':>3}")
for n, raw in enumerate(open("labels.jsonl", encoding="utf-8"), 1):
    r = json.loads(raw)
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"line {n}: missing {k}")
    txt = open(r["file"], encoding="utf-8").read()
    lines = txt.split("\n")
    if lines[0].strip() != r["title"]: errs.append(f"{r['file']}: title mismatch")
    han = len(re.findall(r"[\u4e00-\u9fff]", txt))
    if not 2500 <= han <= 6000: errs.append(f"{r['file']}: {han} Han chars out of range")
    for bad in [r"(?<![\d.])30\s*[%％]", "百分之三十", r"(?<![\d,.])5,?000(?![\d,])", "伍仟", r"(?<![\d])180\s*[日天]"]:
        for m in re.finditer(bad, txt):
            errs.append(f"{r['file']}: banned figure {m.group()!r}")
    for p in r["parties"]:
        if not {"label", "role", "name"} <= set(p) or p["role"] not in ("client", "provider"):
            errs.append(f"{r['file']}: bad party {p}")
        elif p["name"] not in txt: errs.append(f"{r['file']}: party name not in text {p['name']}")
    for fam, req in FIELDS.items():
        items = r["labels"].get(fam)
        if items is None: errs.append(f"{r['file']}: no {fam} key"); continue
        for it in items:
            for k in ["text", "src", "note"] + req:
                if k not in it: errs.append(f"{r['file']} {fam}: missing {k}")
            for k in ("holder", "trigger", "purpose"):
                if k in it and it[k] not in ENUM[k]: errs.append(f"{r['file']} {fam}: bad {k}={it[k]}")
            if fam == "notice" and not isinstance(it.get("notice_days"), int): errs.append(f"{r['file']}: notice_days not int")
            if fam == "penalty" and not isinstance(it.get("per_day"), bool): errs.append(f"{r['file']}: per_day not bool")
            if not on_one_line(it["text"], lines): errs.append(f"{r['file']} {fam}: not verbatim: {it['text'][:40]}")
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: errs.append(f"{r['file']}: {len(hn)} hard negatives")
    labelled = {(f, it["text"]) for f in FIELDS for it in r["labels"][f]}
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: errs.append(f"{r['file']} HN missing {k}")
        if h["family"] not in FIELDS: errs.append(f"{r['file']} HN bad family")
        if (h["family"], h["text"]) in labelled: errs.append(f"{r['file']} HN also labelled: {h['text'][:30]}")
        if not on_one_line(h["text"], lines): errs.append(f"{r['file']} HN not verbatim: {h['text'][:40]}")
    tot["hard_negatives"] += len(hn)
    L = r["labels"]
    print(f"{r['file']:38} {han:5} {len(L['termination']):4} {len(L['penalty']):4} {len(L['notice']):4} {len(L['auto_renewal']):4} {len(hn):3}")
print("totals:", tot)
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("PASS")
