#!/usr/bin/env python3
"""Verify labels.jsonl and texts/ for writer sw76. Prints OK and exits 0 when everything checks."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
errs = []
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "cancellation", "personnel_change", "other"}
BANNED = [r"(?<![\d.,])30\s?%", r"thirty\s+per\s?cent", r"(?<![\d.,])5,?000(?![\d])", r"\bfive thousand\b",
          r"(?<![\d.,])180\s*(?:calendar\s+|business\s+|working\s+)?days?", r"one hundred (?:and )?eighty", r"百分之三十", r"伍仟", r"五千", r"一百八十日"]
def num(x): return isinstance(x, (int, float)) and not isinstance(x, bool)
def numornull(x): return x is None or num(x)
recs = []
with open(os.path.join(D, "labels.jsonl"), encoding="utf-8") as fh:
    for i, ln in enumerate(fh, 1):
        if ln.strip():
            try: recs.append(json.loads(ln))
            except Exception as e: errs.append(f"labels.jsonl line {i}: bad JSON {e}")
if len(recs) != 7: errs.append(f"expected 7 records, got {len(recs)}")
files_on_disk = sorted(f for f in os.listdir(os.path.join(D, "texts")) if f.endswith(".txt"))
if sorted(os.path.basename(r.get("file", "")) for r in recs) != files_on_disk:
    errs.append("texts/ and labels.jsonl files differ")
for r in recs:
    f = r.get("file", "?")
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r: errs.append(f"{f}: missing key {k}")
    p = os.path.join(D, f)
    if not os.path.exists(p): errs.append(f"{f}: file missing"); continue
    text = open(p, encoding="utf-8").read()
    lines = text.split("\n")
    if lines[0] != r.get("title"): errs.append(f"{f}: title != first line")
    if r.get("lang") != "en": errs.append(f"{f}: lang must be en")
    if r.get("labels_by") != "sw76": errs.append(f"{f}: labels_by")
    words = len(text.split())
    if not 1500 <= words <= 3500: errs.append(f"{f}: {words} words out of 1500-3500")
    for pat in BANNED:
        for m in re.finditer(pat, text, re.I): errs.append(f"{f}: banned figure {m.group(0)!r}")
    roles = [pp.get("role") for pp in r.get("parties", [])]
    if "provider" not in roles or "client" not in roles: errs.append(f"{f}: parties need provider and client")
    for pp in r.get("parties", []):
        if not (pp.get("label") and pp.get("name")) or pp.get("label") not in text: errs.append(f"{f}: bad party {pp}")
    def check_text(t, where):
        if not isinstance(t, str) or not t: errs.append(f"{f}: {where}: empty text"); return
        n = sum(1 for l in lines if t in l)
        if n != 1: errs.append(f"{f}: {where}: text on {n} lines: {t[:60]!r}")
    labs = r.get("labels", {})
    for fam in FAMS:
        if fam not in labs or not isinstance(labs[fam], list): errs.append(f"{f}: family {fam} missing"); continue
        for j, L in enumerate(labs[fam]):
            w = f"{fam}[{j}]"
            check_text(L.get("text"), w)
            if L.get("src") != "writer": errs.append(f"{f}: {w}: src")
            if not isinstance(L.get("note", ""), str): errs.append(f"{f}: {w}: note")
            if fam == "termination":
                if L.get("holder") not in HOLDERS: errs.append(f"{f}: {w}: holder")
                if L.get("trigger") not in TRIGGERS: errs.append(f"{f}: {w}: trigger")
            elif fam == "penalty":
                for k in ["percent", "amount", "floor", "base", "per_day", "note"]:
                    if k not in L: errs.append(f"{f}: {w}: missing {k}")
                if not (numornull(L.get("percent")) and numornull(L.get("amount")) and numornull(L.get("floor"))): errs.append(f"{f}: {w}: numeric fields")
                if not (L.get("base") is None or isinstance(L.get("base"), str)): errs.append(f"{f}: {w}: base")
                if not isinstance(L.get("per_day"), bool): errs.append(f"{f}: {w}: per_day")
            elif fam == "notice":
                if not (isinstance(L.get("notice_days"), int) and L["notice_days"] > 0): errs.append(f"{f}: {w}: notice_days")
                if L.get("purpose") not in PURPOSES: errs.append(f"{f}: {w}: purpose")
            elif fam == "auto_renewal":
                d = L.get("renewal_term_days", "x")
                if not (d is None or (isinstance(d, int) and d > 0)): errs.append(f"{f}: {w}: renewal_term_days")
    hn = r.get("hard_negatives", [])
    if not 5 <= len(hn) <= 10: errs.append(f"{f}: {len(hn)} hard negatives (need 5-10)")
    for j, h in enumerate(hn):
        check_text(h.get("text"), f"hn[{j}]")
        if h.get("family") not in FAMS: errs.append(f"{f}: hn[{j}]: family")
        if h.get("src") != "writer": errs.append(f"{f}: hn[{j}]: src")
        for L in labs.get(h.get("family"), []):
            if L.get("text") == h.get("text"): errs.append(f"{f}: hn[{j}] also labelled in same family")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK"); sys.exit(0)
