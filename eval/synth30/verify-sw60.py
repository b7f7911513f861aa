#!/usr/bin/env python3
"""Checks labels.jsonl against texts/ for writer sw60. Prints counts and ends with OK."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
FAM = ["termination", "penalty", "notice", "auto_renewal"]
HOLDER = {"client", "provider", "either", "both", "none"}
TRIGGER = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURPOSE = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
FORBID = [r"30\s?%", r"\b5,?000\b", r"(?<![\d,])5,?000", r"180\s*days", r"thirty per ?cent", r"thirty percent",
          r"one hundred and eighty", r"five thousand"]
errs = []
def err(m): errs.append(m)
def num(x): return x is None or (isinstance(x, (int, float)) and not isinstance(x, bool))
recs = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 7: err(f"expected 7 records, got {len(recs)}")
files = sorted(os.listdir(os.path.join(D, "texts")))
if len(files) != 7: err(f"expected 7 text files, got {len(files)}")
tot = {k: 0 for k in FAM}; tot_hn = 0
for r in recs:
    f = r["file"]; p = os.path.join(D, f)
    if not os.path.exists(p): err(f"missing {f}"); continue
    raw = open(p, encoding="utf-8").read()
    lines = raw.split("\n")
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{f}: missing key {k}")
    if r["lang"] != "en": err(f"{f}: lang")
    if r["labels_by"] != "sw60": err(f"{f}: labels_by")
    if r["title"] != lines[0]: err(f"{f}: title mismatch")
    words = len(raw.split())
    if not 1500 <= words <= 3500: err(f"{f}: size {words} words")
    for pat in FORBID:
        m = re.search(pat, raw, re.I)
        if m: err(f"{f}: forbidden figure {m.group(0)!r}")
    roles = [x["role"] for x in r["parties"]]
    if sorted(set(roles)) != ["client", "provider"]: err(f"{f}: party roles {roles}")
    for x in r["parties"]:
        if x["name"] not in raw: err(f"{f}: party name not in text {x['name']}")
    def on_line(t):
        return any(t == l or (t in l and len(t) > 20) for l in lines)
    seen = {k: set() for k in FAM}
    for fam in FAM:
        items = r["labels"].get(fam)
        if items is None: err(f"{f}: missing family {fam}"); continue
        for it in items:
            t = it.get("text", "")
            if not on_line(t): err(f"{f}/{fam}: text not on a line: {t[:60]}")
            if it.get("src") != "writer" or "note" not in it: err(f"{f}/{fam}: src/note")
            seen[fam].add(t)
            if fam == "termination":
                if it.get("holder") not in HOLDER or it.get("trigger") not in TRIGGER: err(f"{f}: bad termination fields {it}")
            elif fam == "penalty":
                for k in ["percent", "amount", "floor", "base", "per_day"]:
                    if k not in it: err(f"{f}: penalty missing {k}")
                if not (num(it.get("percent")) and num(it.get("amount")) and num(it.get("floor"))): err(f"{f}: penalty numbers {it}")
                if not isinstance(it.get("per_day"), bool): err(f"{f}: per_day")
                if it.get("base") is not None and not isinstance(it["base"], str): err(f"{f}: base")
                if it.get("base") and it["base"] not in raw: err(f"{f}: base words not in text: {it['base']}")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), int) or it["notice_days"] <= 0: err(f"{f}: notice_days {it}")
                if it.get("purpose") not in PURPOSE: err(f"{f}: purpose {it}")
            elif fam == "auto_renewal":
                if not num(it.get("renewal_term_days")) or "renewal_term_days" not in it: err(f"{f}: renewal_term_days")
            tot[fam] += 1
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{f}: {len(hn)} hard negatives")
    for h in hn:
        if h.get("family") not in FAM: err(f"{f}: HN family {h}")
        if h.get("src") != "writer" or not h.get("note"): err(f"{f}: HN src/note")
        if not on_line(h.get("text", "")): err(f"{f}: HN text not on a line: {h.get('text','')[:60]}")
        if h.get("family") in FAM and h["text"] in seen[h["family"]]: err(f"{f}: HN also labelled in {h['family']}: {h['text'][:60]}")
    tot_hn += len(hn)
    print(f"{f}: {words} words | " + " ".join(f"{k}={len(r['labels'][k])}" for k in FAM) + f" | hn={len(hn)}")
print("TOTAL " + " ".join(f"{k}={v}" for k, v in tot.items()) + f" hard_negatives={tot_hn}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
