#!/usr/bin/env python3
"""Checks labels.jsonl against texts/ for writer sw62."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
AVOID = [r"30\s*%", r"thirty\s+per\s*cent", r"\b5,?000\b", r"5,000", r"5000", r"\b180\b", r"one hundred (and )?eighty"]
errs = []
def err(m): errs.append(m)
def num_or_null(v): return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
files = sorted(os.listdir(os.path.join(HERE, "texts")))
if len(recs) != 7: err(f"expected 7 records, got {len(recs)}")
if len(files) != 7: err(f"expected 7 text files, got {len(files)}")
if sorted(r["file"] for r in recs) != sorted("texts/" + f for f in files): err("file list mismatch")
tot = {f: 0 for f in FAMS}; tot_hn = 0; provider_first = 0
for r in recs:
    fn = r["file"]; path = os.path.join(HERE, fn)
    raw = open(path, encoding="utf-8").read()
    lines = [l for l in raw.split("\n")]
    nonempty = [l for l in lines if l.strip()]
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: err(f"{fn}: missing key {k}")
    if r["lang"] != "en": err(f"{fn}: lang")
    if r["labels_by"] != "sw62": err(f"{fn}: labels_by")
    if r["title"] != lines[0] or not lines[0].strip(): err(f"{fn}: title mismatch")
    words = len(raw.split())
    if not 1500 <= words <= 3500: err(f"{fn}: size {words} words")
    for pat in AVOID:
        m = re.search(pat, raw, re.I)
        if m: err(f"{fn}: avoided figure {m.group(0)!r}")
    roles = set()
    for p in r["parties"]:
        if p.get("role") not in {"client", "provider"}: err(f"{fn}: bad role {p}")
        roles.add(p.get("role"))
        if p.get("name") not in raw: err(f"{fn}: party name not in text {p.get('name')}")
        if not p.get("label"): err(f"{fn}: party label empty")
    if roles != {"client", "provider"}: err(f"{fn}: need a client and a provider")
    # provider named first?
    pos = {p["role"]: raw.find(p["name"]) for p in r["parties"]}
    if pos.get("provider", 1e9) < pos.get("client", 1e9): provider_first += 1
    def on_line(t):
        # whole line, or a whole sentence of one line
        for l in nonempty:
            if t == l: return True
            i = l.find(t)
            if i >= 0 and len(t) > 20 and (i == 0 or l[i-2:i] == ". ") and t.endswith(".") and (i + len(t) == len(l) or l[i+len(t)] == " "):
                return True
        return False
    labelled = {f: set() for f in FAMS}
    for fam in FAMS:
        items = r["labels"].get(fam)
        if items is None: err(f"{fn}: missing family {fam}"); continue
        for it in items:
            t = it.get("text", "")
            if not on_line(t): err(f"{fn}: {fam} text not on one line: {t[:60]}")
            if it.get("src") != "writer": err(f"{fn}: src")
            if not it.get("note"): err(f"{fn}: note missing")
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{fn}: holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{fn}: trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in ["percent", "amount", "floor"]:
                    if k not in it or not num_or_null(it[k]): err(f"{fn}: penalty {k}")
                if "base" not in it or not (it["base"] is None or (isinstance(it["base"], str) and it["base"] in t)):
                    err(f"{fn}: penalty base must be null or words from the text: {it.get('base')}")
                if not isinstance(it.get("per_day"), bool): err(f"{fn}: per_day")
            elif fam == "notice":
                d = it.get("notice_days")
                if not (isinstance(d, int) and not isinstance(d, bool) and d > 0): err(f"{fn}: notice_days {d}")
                if it.get("purpose") not in PURPOSES: err(f"{fn}: purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it or not num_or_null(it["renewal_term_days"]): err(f"{fn}: renewal_term_days")
            labelled[fam].add(t)
        tot[fam] += len(items)
    hn = r["hard_negatives"]
    if not 5 <= len(hn) <= 10: err(f"{fn}: {len(hn)} hard negatives")
    for h in hn:
        if h.get("family") not in FAMS: err(f"{fn}: hn family {h.get('family')}")
        if h.get("src") != "writer" or not h.get("note"): err(f"{fn}: hn src/note")
        t = h.get("text", "")
        if not on_line(t): err(f"{fn}: hn text not on one line: {t[:60]}")
        # same line may not be a label and a hard negative of the same family
        hl = [l for l in nonempty if t in l]
        for lt in labelled.get(h.get("family"), ()):
            if any(lt in l for l in hl): err(f"{fn}: line is both label and hn in {h['family']}: {t[:50]}")
    tot_hn += len(hn)
    print(f"{fn:38s} words={words:5d} " + " ".join(f"{f}={len(r['labels'][f])}" for f in FAMS) + f" hn={len(hn)}")
if provider_first < 2: err("provider named first in fewer than two contracts")
print("TOTAL", tot, "hard_negatives", tot_hn, "provider_first", provider_first)
if errs:
    for e in errs: print("ERROR:", e)
    sys.exit(1)
print("OK")
