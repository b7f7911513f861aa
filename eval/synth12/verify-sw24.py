#!/usr/bin/env python3
"""Verify sw24 labels: verbatim single-line occurrence, required fields, sizes, counts."""
import json, os, re, sys
BASE = os.path.dirname(os.path.abspath(__file__))
ID = "sw24"
FAMS = {"termination", "penalty", "notice", "auto_renewal"}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
errs = []
def err(m): errs.append(m)
objs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files_on_disk = sorted("texts/" + f for f in os.listdir(os.path.join(BASE, "texts")))
if sorted(o["file"] for o in objs) != files_on_disk:
    err("labels.jsonl files do not match texts/ directory")
tot = {f: 0 for f in FAMS}; tot_hn = 0
for o in objs:
    f = o["file"]
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in o: err(f"{f}: missing {k}")
    text = open(os.path.join(BASE, f), encoding="utf-8").read()
    lines = text.split("\n")
    if o["lang"] != "en": err(f"{f}: lang")
    if o["labels_by"] != ID: err(f"{f}: labels_by")
    if o["title"] != lines[0]: err(f"{f}: title != first line")
    words = len(re.findall(r"\S+", text))
    if not 1500 <= words <= 3500: err(f"{f}: {words} words out of range")
    roles = {p["role"] for p in o["parties"]}
    if roles != {"provider", "client"}: err(f"{f}: parties roles {roles}")
    for p in o["parties"]:
        if not all(p.get(k) for k in ("label", "role", "name")): err(f"{f}: party fields")
        if p["name"].split()[0].lower() not in text.lower(): err(f"{f}: party name not in text {p['name']}")
    for bad in [r"(?<![\d.])30\s?%", r"(?<![\d,])5,?000(?![\d,])", r"\b180\s*(?:\(\w+\)\s*)?days?"]:
        if re.search(bad, text): err(f"{f}: forbidden figure {bad}")
    def once(t, where):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f"{f}: {where}: text on {n} lines: {t[:70]}")
        if "\n" in t or not t.strip(): err(f"{f}: {where}: bad text")
    if set(o["labels"]) != FAMS: err(f"{f}: label families {set(o['labels'])}")
    counts = {}
    for fam, items in o["labels"].items():
        counts[fam] = len(items); tot[fam] += len(items)
        for it in items:
            once(it["text"], fam)
            if it.get("src") != "writer" or "note" not in it: err(f"{f}: {fam}: src/note")
            if fam == "termination":
                if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS: err(f"{f}: termination fields {it}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it: err(f"{f}: penalty missing {k}")
                if it.get("percent") is None and it.get("amount") is None and not it.get("base"): err(f"{f}: penalty has no value")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), (int, float)) or it.get("purpose") not in PURPOSES: err(f"{f}: notice fields {it}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it: err(f"{f}: auto_renewal missing renewal_term_days")
    hn = o["hard_negatives"]; tot_hn += len(hn)
    if not 5 <= len(hn) <= 10: err(f"{f}: {len(hn)} hard negatives")
    for h in hn:
        once(h["text"], "hard_negative")
        if h.get("family") not in FAMS or h.get("src") != "writer" or not h.get("note"): err(f"{f}: hn fields {h}")
        if any(h["text"] == it["text"] for it in o["labels"].get(h["family"], [])): err(f"{f}: hn also labelled in same family")
    print(f"{f}: {words} words, {len(lines)} lines, " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) + f", hn={len(hn)}")
print("TOTAL:", ", ".join(f"{k}={v}" for k, v in sorted(tot.items())), f"hard_negatives={tot_hn}")
if errs:
    print("\n".join("ERROR: " + e for e in errs)); sys.exit(1)
print("OK")
