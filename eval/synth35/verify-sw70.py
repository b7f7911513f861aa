#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw70. Prints OK and exits 0, else lists errors and exits 1."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
errs = []
FAM = {
    "termination": {"holder": {"client", "provider", "either", "none"},
                    "trigger": {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}},
    "penalty": {}, "notice": {}, "auto_renewal": {},
}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "cancellation",
            "personnel_change", "other"}
BANNED = [r"(?<![\d.])30\s?%", r"(?<!\d)30 percent", r"thirty percent", r"(?<![\d,])5,000(?![\d])", r"(?<!\d)5000(?!\d)",
          r"5,000", r"(?<!\d)180 days", r"one hundred (and )?eighty days", r"180-day"]
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
def num_or_null(x): return x is None or num(x)
recs = []
with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
    for i, ln in enumerate(fh, 1):
        if ln.strip():
            try: recs.append(json.loads(ln))
            except Exception as e: errs.append(f"labels.jsonl line {i}: bad JSON {e}")
if len(recs) != 7: errs.append(f"expected 7 records, got {len(recs)}")
seen = set()
for r in recs:
    f = r.get("file", "?")
    if f in seen: errs.append(f"{f}: duplicate record")
    seen.add(f)
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r: errs.append(f"{f}: missing key {k}")
    if r.get("lang") != "en": errs.append(f"{f}: lang must be en")
    if r.get("labels_by") != "sw70": errs.append(f"{f}: labels_by")
    p = os.path.join(HERE, f)
    if not os.path.isfile(p): errs.append(f"{f}: file missing"); continue
    text = open(p, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != r.get("title"): errs.append(f"{f}: title mismatch")
    words = len(text.split())
    if not 1500 <= words <= 3500: errs.append(f"{f}: {words} words out of range")
    for pat in BANNED:
        for m in re.finditer(pat, text, re.I):
            errs.append(f"{f}: banned figure {m.group(0)!r}")
    parties = r.get("parties", [])
    if not parties or not all(isinstance(x, dict) and x.get("role") in ("provider", "client") and x.get("label") and x.get("name") for x in parties):
        errs.append(f"{f}: bad parties")
    if {x.get("role") for x in parties} != {"provider", "client"}: errs.append(f"{f}: parties need both roles")
    def occurs(t, where):
        n = sum(1 for l in lines if t in l)
        if not t: errs.append(f"{f}: {where}: empty text")
        elif n != 1: errs.append(f"{f}: {where}: text occurs on {n} lines: {t[:60]!r}")
    labels = r.get("labels", {})
    for fam in FAM:
        if fam not in labels or not isinstance(labels[fam], list): errs.append(f"{f}: family {fam} missing"); continue
        for j, L in enumerate(labels[fam]):
            w = f"{fam}[{j}]"
            occurs(L.get("text", ""), w)
            if L.get("src") != "writer": errs.append(f"{f}: {w} src")
            if not isinstance(L.get("note"), str): errs.append(f"{f}: {w} note must be string")
            if fam == "termination":
                for k, allowed in FAM[fam].items():
                    if L.get(k) not in allowed: errs.append(f"{f}: {w} bad {k} {L.get(k)!r}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor"):
                    if k not in L or not num_or_null(L[k]): errs.append(f"{f}: {w} bad {k}")
                if "base" not in L or not (L["base"] is None or isinstance(L["base"], str)): errs.append(f"{f}: {w} bad base")
                if not isinstance(L.get("per_day"), bool): errs.append(f"{f}: {w} bad per_day")
                if L.get("percent") is None and L.get("amount") is None: errs.append(f"{f}: {w} needs percent or amount")
                if L.get("percent") is not None and L.get("base") is None: errs.append(f"{f}: {w} percent without base")
            elif fam == "notice":
                if not isinstance(L.get("notice_days"), int) or isinstance(L.get("notice_days"), bool) or L["notice_days"] <= 0:
                    errs.append(f"{f}: {w} bad notice_days")
                if L.get("purpose") not in PURPOSES: errs.append(f"{f}: {w} bad purpose")
            elif fam == "auto_renewal":
                v = L.get("renewal_term_days", "missing")
                if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0)): errs.append(f"{f}: {w} bad renewal_term_days")
        texts = [L.get("text") for L in labels[fam]]
        if len(texts) != len(set(texts)): errs.append(f"{f}: duplicate {fam} label")
    extra = set(labels) - set(FAM)
    if extra: errs.append(f"{f}: unknown families {extra}")
    hn = r.get("hard_negatives", [])
    if not 5 <= len(hn) <= 10: errs.append(f"{f}: {len(hn)} hard negatives")
    for j, H in enumerate(hn):
        w = f"hard_negatives[{j}]"
        if H.get("family") not in FAM: errs.append(f"{f}: {w} bad family")
        if H.get("src") != "writer": errs.append(f"{f}: {w} src")
        if not isinstance(H.get("note"), str): errs.append(f"{f}: {w} note")
        occurs(H.get("text", ""), w)
        if H.get("family") in labels and any(L.get("text") == H.get("text") for L in labels[H["family"]]):
            errs.append(f"{f}: {w} also a positive label of the same family")
    if r.get("lang") == "en" and any(x.get("label") in ("甲方", "乙方") for x in parties):
        errs.append(f"{f}: English contract should use defined names")
texts_dir = os.path.join(HERE, "texts")
for fn in os.listdir(texts_dir):
    if "texts/" + fn not in seen: errs.append(f"texts/{fn}: no record in labels.jsonl")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK"); sys.exit(0)
