#!/usr/bin/env python3
"""Checks labels.jsonl against texts/ for writer sw64."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
AVOID = [r"30\s*%", r"30 per ?cent", r"thirty per ?cent", r"thirty percent", r"5,000", r"5000", r"\b180\b", r"one hundred (and )?eighty", r"百分之三十", r"五千", r"一百八十"]
errs = []
def err(m): errs.append(m)
def num(x): return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool))
recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: err(f"expected 7 records, got {len(recs)}")
tot = {f: 0 for f in FAMS}; tot["hard_negatives"] = 0
for r in recs:
    fn = r["file"]; path = os.path.join(HERE, fn)
    if not os.path.exists(path): err(f"missing {fn}"); continue
    lines = open(path, encoding="utf-8").read().split("\n")
    lines = [l for l in lines if l.strip()]
    text = "\n".join(lines)
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{fn}: missing key {k}")
    if r["lang"] != "en": err(f"{fn}: lang")
    if r["labels_by"] != "sw64": err(f"{fn}: labels_by")
    if r["title"] != lines[0]: err(f"{fn}: title mismatch")
    words = len(text.split())
    if not 1500 <= words <= 3500: err(f"{fn}: {words} words out of range")
    for pat in AVOID:
        if re.search(pat, text, re.I): err(f"{fn}: avoided figure /{pat}/")
    roles = set()
    for p in r["parties"]:
        if p.get("role") not in ("client", "provider"): err(f"{fn}: bad role")
        roles.add(p["role"])
        if p["name"] not in text: err(f"{fn}: party name not in text: {p['name']}")
    if roles != {"client", "provider"}: err(f"{fn}: need one client and one provider")
    def online(t): return any(t in l for l in lines)
    lab_texts = {f: set() for f in FAMS}
    counts = []
    for f in FAMS:
        items = r["labels"].get(f, [])
        counts.append(f"{f}={len(items)}"); tot[f] += len(items)
        for it in items:
            t = it.get("text", "")
            if not t or not online(t): err(f"{fn}/{f}: text not on one line: {t[:60]}")
            if it.get("src") != "writer" or not it.get("note"): err(f"{fn}/{f}: src/note")
            lab_texts[f].add(t)
            if f == "termination":
                if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS: err(f"{fn}: termination fields {t[:50]}")
            elif f == "penalty":
                for k in ["percent", "amount", "floor", "base", "per_day"]:
                    if k not in it: err(f"{fn}: penalty missing {k}")
                if not (num(it["percent"]) and num(it["amount"]) and num(it["floor"])): err(f"{fn}: penalty numbers")
                if not isinstance(it["per_day"], bool): err(f"{fn}: per_day")
                if it["base"] is not None and not isinstance(it["base"], str): err(f"{fn}: base")
                if isinstance(it["base"], str) and it["base"] not in t: err(f"{fn}: base not in text: {it['base']}")
            elif f == "notice":
                if not isinstance(it.get("notice_days"), int) or isinstance(it.get("notice_days"), bool) or it["notice_days"] <= 0: err(f"{fn}: notice_days")
                if it.get("purpose") not in PURPOSES: err(f"{fn}: purpose")
            elif f == "auto_renewal":
                if "renewal_term_days" not in it or not num(it["renewal_term_days"]): err(f"{fn}: renewal_term_days")
    hns = r["hard_negatives"]; tot["hard_negatives"] += len(hns)
    if not 5 <= len(hns) <= 10: err(f"{fn}: {len(hns)} hard negatives")
    for h in hns:
        if h.get("family") not in FAMS: err(f"{fn}: hn family")
        if h.get("src") != "writer" or not h.get("note"): err(f"{fn}: hn src/note")
        if not online(h.get("text", "")): err(f"{fn}: hn text not on one line: {h.get('text','')[:60]}")
        if h.get("family") in FAMS and any(h["text"] in x or x in h["text"] for x in lab_texts[h["family"]]):
            err(f"{fn}: hn overlaps a label of same family: {h['text'][:60]}")
    print(f"{fn}: {words} words; " + ", ".join(counts) + f", hard_negatives={len(hns)}")
print("TOTAL:", tot)
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print("OK")
