#!/usr/bin/env python3
"""Checker for the sw32 label set: verbatim texts, required fields, sizes, counts."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
SENT_END = tuple('.;:!?。；：')
errors = []

def err(msg):
    errors.append(msg)

def is_num_or_null(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))

def locate(text, lines):
    """Return (line_no, ok_boundary) for the first line holding text as a whole line or whole sentence."""
    found = None
    for i, line in enumerate(lines, 1):
        if text not in line:
            continue
        found = found or i
        if line.strip() == text.strip():
            return i, True
        start = 0
        while True:
            p = line.find(text, start)
            if p < 0:
                break
            before = line[:p].rstrip()
            after = line[p + len(text):]
            start_ok = p == 0 or before.endswith(SENT_END)
            end_ok = text.rstrip().endswith(SENT_END) or after.strip() == ""
            if start_ok and end_ok:
                return i, True
            start = p + 1
    return found, False

def size_ok(lang, body):
    if lang == "zh":
        n = len(re.findall(r'[\u4e00-\u9fff]', body))
        return n, 2500 <= n <= 6000, "Han chars"
    n = len(body.split())
    return n, 1500 <= n <= 3500, "words"

path = os.path.join(HERE, "labels.jsonl")
records = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
totals = {f: 0 for f in FAMILIES}
totals["hard_negatives"] = 0
print(f"{'file':45} {'size':>11}  term pen  not  ren  hn")
for r in records:
    f = r.get("file", "?")
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r:
            err(f"{f}: missing key {k}")
    if r.get("labels_by") != "sw32":
        err(f"{f}: labels_by is {r.get('labels_by')}")
    if r.get("lang") not in ("zh", "en"):
        err(f"{f}: bad lang")
    fp = os.path.join(HERE, f)
    if not os.path.isfile(fp):
        err(f"{f}: file missing"); continue
    body = open(fp, encoding="utf-8").read()
    lines = body.split("\n")
    if lines[0].strip() != r.get("title", "").strip():
        err(f"{f}: title does not match first line")
    n, ok, unit = size_ok(r["lang"], body)
    if not ok:
        err(f"{f}: size {n} {unit} out of range")
    # forbidden figures
    for pat in [r'\b30 ?%', r'\b30 per ?cent', r'thirty per ?cent', r'\b5,?000\b', r'\b180\b']:
        if re.search(pat, body, re.I):
            err(f"{f}: forbidden figure matching {pat}")
    parties = r.get("parties", [])
    roles = {p.get("role") for p in parties}
    for p in parties:
        if not p.get("label") or not p.get("name") or p.get("role") not in ("client", "provider"):
            err(f"{f}: bad party {p}")
    if not {"client", "provider"} <= roles:
        err(f"{f}: parties need a client and a provider")
    labels = r.get("labels", {})
    counts = {}
    labelled = {fam: set() for fam in FAMILIES}
    for fam in FAMILIES:
        items = labels.get(fam)
        if items is None:
            err(f"{f}: labels.{fam} missing"); items = []
        counts[fam] = len(items)
        totals[fam] += len(items)
        for it in items:
            t = it.get("text", "")
            labelled[fam].add(t)
            if it.get("src") != "writer" or not it.get("note"):
                err(f"{f}: {fam} item lacks src/note: {t[:60]}")
            ln, good = locate(t, lines)
            if ln is None:
                err(f"{f}: {fam} text not found: {t[:80]}")
            elif not good:
                err(f"{f}: {fam} text not a whole line/sentence (line {ln}): {t[:80]}")
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{f}: bad holder {it.get('holder')}: {t[:60]}")
                if it.get("trigger") not in TRIGGERS: err(f"{f}: bad trigger {it.get('trigger')}: {t[:60]}")
            elif fam == "penalty":
                for k in ["percent", "amount", "floor", "base", "per_day"]:
                    if k not in it: err(f"{f}: penalty lacks {k}: {t[:60]}")
                for k in ["percent", "amount", "floor"]:
                    if not is_num_or_null(it.get(k)): err(f"{f}: penalty {k} not number/null: {t[:60]}")
                if not (it.get("base") is None or isinstance(it.get("base"), str)): err(f"{f}: base not str/null")
                if not isinstance(it.get("per_day"), bool): err(f"{f}: per_day not bool: {t[:60]}")
                if it.get("percent") is None and it.get("amount") is None and it.get("floor") is None and it.get("base") is None:
                    err(f"{f}: penalty has no figure at all: {t[:60]}")
            elif fam == "notice":
                nd = it.get("notice_days")
                if not (isinstance(nd, int) and not isinstance(nd, bool) and nd > 0): err(f"{f}: notice_days not whole number: {t[:60]}")
                if it.get("purpose") not in PURPOSES: err(f"{f}: bad purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it or not is_num_or_null(it.get("renewal_term_days")):
                    err(f"{f}: renewal_term_days missing/bad: {t[:60]}")
    hns = r.get("hard_negatives", [])
    if not 5 <= len(hns) <= 10:
        err(f"{f}: {len(hns)} hard negatives (need 5-10)")
    totals["hard_negatives"] += len(hns)
    for h in hns:
        t = h.get("text", "")
        if h.get("family") not in FAMILIES: err(f"{f}: HN bad family {h.get('family')}")
        if h.get("src") != "writer" or not h.get("note"): err(f"{f}: HN lacks src/note: {t[:60]}")
        ln, good = locate(t, lines)
        if ln is None: err(f"{f}: HN text not found: {t[:80]}")
        elif not good: err(f"{f}: HN not a whole line/sentence (line {ln}): {t[:80]}")
        for fam in FAMILIES:
            if t in labelled[fam]:
                err(f"{f}: HN text is also labelled in {fam}: {t[:60]}")
    print(f"{f[6:]:45} {n:>5} {unit:5}  {counts['termination']:4} {counts['penalty']:3} {counts['notice']:4} {counts['auto_renewal']:4} {len(hns):3}")
print("totals:", json.dumps(totals))
if len(records) != 7:
    err(f"expected 7 contracts, found {len(records)}")
if errors:
    print("\nERRORS:")
    for e in errors: print(" -", e)
    sys.exit(1)
print("OK")
