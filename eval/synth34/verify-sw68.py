#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw68 (English contracts)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension",
            "cancellation", "personnel_change", "other"}
BANNED = [r"(?<![\d.])30\s*%", r"\b30\s*per\s*cent", r"\bthirty\s+per\s*cent", r"(?<![\d,])5,?000(?![\d])",
          r"(?<![\d])180\s*days", r"one hundred and eighty"]
errors = []

def err(msg):
    errors.append(msg)

def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def check_text(fn, lines, text, where):
    if not isinstance(text, str) or not text:
        err(f"{where}: empty text"); return
    n = sum(1 for l in lines if text in l)
    if n != 1:
        err(f"{where}: text found on {n} lines: {text[:70]!r}")

recs = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for i, raw in enumerate(fh, 1):
        if raw.strip():
            try:
                recs.append(json.loads(raw))
            except Exception as e:
                err(f"labels.jsonl line {i}: bad JSON {e}")
if len(recs) != 7:
    err(f"expected 7 records, got {len(recs)}")

for r in recs:
    fn = r.get("file", "?")
    path = os.path.join(HERE, fn)
    if not os.path.isfile(path):
        err(f"{fn}: missing file"); continue
    content = open(path, encoding="utf-8").read()
    lines = content.split("\n")
    words = len(content.split())
    if not 1500 <= words <= 3500:
        err(f"{fn}: {words} words outside 1500-3500")
    for pat in BANNED:
        for m in re.finditer(pat, content, re.I):
            err(f"{fn}: banned figure {m.group(0)!r}")
    for k in ("lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            err(f"{fn}: missing key {k}")
    if r.get("lang") != "en": err(f"{fn}: lang must be en")
    if r.get("labels_by") != "sw68": err(f"{fn}: labels_by")
    if r.get("title") != lines[0]: err(f"{fn}: title differs from first line")
    parties = r.get("parties", [])
    if len(parties) < 2 or any(set(p) != {"label", "role", "name"} or p["role"] not in ("provider", "client") for p in parties):
        err(f"{fn}: bad parties")
    labels = r.get("labels", {})
    for fam in FAMS:
        if fam not in labels or not isinstance(labels[fam], list):
            err(f"{fn}: family {fam} missing"); continue
        for j, lab in enumerate(labels[fam]):
            w = f"{fn} {fam}[{j}]"
            check_text(fn, lines, lab.get("text"), w)
            if lab.get("src") != "writer": err(f"{w}: src")
            if not isinstance(lab.get("note"), str): err(f"{w}: note")
            if fam == "termination":
                if lab.get("holder") not in HOLDERS: err(f"{w}: holder")
                if lab.get("trigger") not in TRIGGERS: err(f"{w}: trigger")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if k not in lab or not (lab[k] is None or isnum(lab[k])): err(f"{w}: {k}")
                if "base" not in lab or not (lab["base"] is None or isinstance(lab["base"], str)): err(f"{w}: base")
                if not isinstance(lab.get("per_day"), bool): err(f"{w}: per_day")
            elif fam == "notice":
                if not isinstance(lab.get("notice_days"), int) or isinstance(lab.get("notice_days"), bool): err(f"{w}: notice_days")
                if lab.get("purpose") not in PURPOSES: err(f"{w}: purpose")
            elif fam == "auto_renewal":
                d = lab.get("renewal_term_days", "missing")
                if not (d is None or (isinstance(d, int) and not isinstance(d, bool))): err(f"{w}: renewal_term_days")
    hns = r.get("hard_negatives", [])
    if not 5 <= len(hns) <= 10:
        err(f"{fn}: {len(hns)} hard negatives (need 5-10)")
    for j, h in enumerate(hns):
        w = f"{fn} hard_negatives[{j}]"
        if h.get("family") not in FAMS: err(f"{w}: family")
        if h.get("src") != "writer": err(f"{w}: src")
        if not isinstance(h.get("note"), str): err(f"{w}: note")
        check_text(fn, lines, h.get("text"), w)
        fam = h.get("family")
        if fam in labels and any(l.get("text") == h.get("text") for l in labels[fam]):
            err(f"{w}: same text is also a {fam} label")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK"); sys.exit(0)
