#!/usr/bin/env python3
"""Verify labels.jsonl for writer sw23: verbatim single-line matches, required fields, sizes, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
REQ = {"termination": {"holder", "trigger"},
       "penalty": {"percent", "amount", "floor", "base", "per_day"},
       "notice": {"notice_days", "purpose"},
       "auto_renewal": {"renewal_term_days"}}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errs = []
def err(m): errs.append(m)
tot = {f: 0 for f in FAMS}; tot_hn = 0
recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_seen = set()
for r in recs:
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{r.get('file')}: missing {k}")
    fn = r["file"]
    if fn in files_seen: err(f"duplicate record {fn}")
    files_seen.add(fn)
    p = os.path.join(BASE, fn)
    if not os.path.exists(p): err(f"missing file {fn}"); continue
    text = open(p, encoding="utf-8").read()
    lines = text.split("\n")
    if r["labels_by"] != "sw23": err(f"{fn}: labels_by")
    if r["lang"] != "zh": err(f"{fn}: lang")
    if r["title"] != lines[0]: err(f"{fn}: title != first line")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    if not 2500 <= han <= 6000: err(f"{fn}: {han} Han characters out of range")
    if any(not l.strip() for l in lines[:-1]): err(f"{fn}: blank line inside text")
    roles = set()
    for pa in r["parties"]:
        if set(pa) != {"label", "role", "name"}: err(f"{fn}: party fields {pa}")
        if pa["role"] not in ("provider", "client"): err(f"{fn}: role {pa['role']}")
        if pa["name"] not in text: err(f"{fn}: party name not in text: {pa['name']}")
        roles.add(pa["role"])
    if roles != {"provider", "client"}: err(f"{fn}: roles {roles}")
    def check_text(t, what):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f"{fn}: {what} text on {n} lines: {t[:40]}")
    if set(r["labels"]) != set(FAMS): err(f"{fn}: label families {set(r['labels'])}")
    counts = {}
    for fam in FAMS:
        items = r["labels"].get(fam, [])
        counts[fam] = len(items); tot[fam] += len(items)
        for it in items:
            for k in ["text", "src", "note"]:
                if k not in it: err(f"{fn}: {fam} item missing {k}")
            miss = REQ[fam] - set(it)
            if miss: err(f"{fn}: {fam} item missing {miss}")
            check_text(it["text"], fam)
            if it.get("src") != "writer": err(f"{fn}: src")
            if fam == "termination":
                if it["holder"] not in HOLDERS: err(f"{fn}: holder {it['holder']}")
                if it["trigger"] not in TRIGGERS: err(f"{fn}: trigger {it['trigger']}")
            if fam == "notice":
                if not isinstance(it["notice_days"], int) or it["notice_days"] <= 0: err(f"{fn}: notice_days")
                if it["purpose"] not in PURPOSES: err(f"{fn}: purpose {it['purpose']}")
            if fam == "penalty":
                if all(it[k] in (None, False) for k in ("percent", "amount", "floor", "base")): err(f"{fn}: empty penalty")
                if it["percent"] == 30 or it["amount"] == 5000 or it["floor"] == 5000: err(f"{fn}: seed figure used")
                if not isinstance(it["per_day"], bool): err(f"{fn}: per_day not bool")
            if fam == "auto_renewal" and it["renewal_term_days"] == 180: err(f"{fn}: seed figure 180")
    hn = r["hard_negatives"]; tot_hn += len(hn)
    if not 5 <= len(hn) <= 10: err(f"{fn}: {len(hn)} hard negatives")
    for h in hn:
        for k in ["family", "text", "src", "note"]:
            if k not in h: err(f"{fn}: hn missing {k}")
        if h["family"] not in FAMS: err(f"{fn}: hn family {h['family']}")
        check_text(h["text"], "hn")
        if any(h["text"] == it["text"] for it in r["labels"][h["family"]]): err(f"{fn}: hn also a label in same family")
    for pat in [r"(?<![\d.])30%", r"(?<![\d,.])5,?000(?![\d,])", r"(?<!\d)180(日|天)"]:
        if re.search(pat, text): err(f"{fn}: seed figure /{pat}/ in text")
    print(f"{fn:45s} han={han:5d} " + " ".join(f"{f}={counts[f]}" for f in FAMS) + f" hn={len(hn)}")
print("TOTAL", " ".join(f"{f}={tot[f]}" for f in FAMS), f"hard_negatives={tot_hn}", f"contracts={len(recs)}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("OK")
