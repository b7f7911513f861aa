#!/usr/bin/env python3
"""Verify sw9 labels: every label / hard-negative text occurs verbatim on exactly one line
of its file; required fields present and typed; sizes within the brief; print counts."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = ["termination", "penalty", "notice", "auto_renewal"]
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
ROLES = {"provider", "client"}
errors = []

def err(msg):
    errors.append(msg)

def num_or_none(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))

totals = {f: 0 for f in FAMS}
total_hn = 0
recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(recs) != 6:
    err(f"expected 6 records, got {len(recs)}")
files_on_disk = sorted(os.listdir(os.path.join(HERE, "texts")))
if sorted(os.path.basename(r["file"]) for r in recs) != files_on_disk:
    err("labels.jsonl files do not match texts/ directory")

for r in recs:
    f = r.get("file", "?")
    for k in ["file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"]:
        if k not in r:
            err(f"{f}: missing key {k}")
    path = os.path.join(HERE, f)
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if r["lang"] != "zh": err(f"{f}: lang")
    if r["labels_by"] != "sw9": err(f"{f}: labels_by")
    if r["title"] != lines[0]: err(f"{f}: title != first line")
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    if not 2500 <= han <= 6000: err(f"{f}: {han} Han characters out of range")
    if any(l.strip() == "" for l in lines[:-1]): err(f"{f}: blank line inside text")
    # parties
    if len(r["parties"]) < 2: err(f"{f}: parties")
    for p in r["parties"]:
        if set(p) != {"label", "role", "name"} or p["role"] not in ROLES: err(f"{f}: bad party {p}")
        if p["name"] not in text: err(f"{f}: party name not in text: {p['name']}")
        if p["label"] not in text: err(f"{f}: party label not in text: {p['label']}")
    roles = {p["role"] for p in r["parties"]}
    if roles != ROLES: err(f"{f}: parties need one provider and one client")

    def check_text(t, where):
        n = sum(1 for l in lines if t in l)
        if n != 1: err(f"{f}: {where}: text occurs on {n} lines: {t[:40]}")

    if set(r["labels"]) != set(FAMS): err(f"{f}: label families {set(r['labels'])}")
    for fam in FAMS:
        for it in r["labels"].get(fam, []):
            totals[fam] += 1
            for k in ["text", "src", "note"]:
                if k not in it: err(f"{f}: {fam} item missing {k}")
            if it.get("src") != "writer": err(f"{f}: {fam} src")
            check_text(it["text"], fam)
            if fam == "termination":
                if it.get("holder") not in HOLDERS: err(f"{f}: holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: err(f"{f}: trigger {it.get('trigger')}")
            elif fam == "penalty":
                for k in ["percent", "amount", "floor", "base", "per_day"]:
                    if k not in it: err(f"{f}: penalty missing {k}")
                for k in ["percent", "amount", "floor"]:
                    if not num_or_none(it.get(k)): err(f"{f}: penalty {k} not numeric")
                if not isinstance(it.get("per_day"), bool): err(f"{f}: per_day not bool")
                if it.get("percent") is None and it.get("amount") is None and not it.get("base"):
                    err(f"{f}: penalty without any value: {it['text'][:30]}")
            elif fam == "notice":
                if not isinstance(it.get("notice_days"), int) or it["notice_days"] <= 0:
                    err(f"{f}: notice_days {it.get('notice_days')}")
                if it.get("purpose") not in PURPOSES: err(f"{f}: purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if "renewal_term_days" not in it or not num_or_none(it["renewal_term_days"]):
                    err(f"{f}: renewal_term_days")
    hn = r["hard_negatives"]
    total_hn += len(hn)
    if not 5 <= len(hn) <= 10: err(f"{f}: {len(hn)} hard negatives")
    for h in hn:
        if h.get("family") not in FAMS: err(f"{f}: hn family {h.get('family')}")
        if h.get("src") != "writer" or not h.get("note"): err(f"{f}: hn src/note")
        check_text(h["text"], "hard_negative")
        # a hard negative must not also be a label of the same family
        if any(h["text"] == it["text"] for it in r["labels"][h["family"]]):
            err(f"{f}: hn also labelled in same family: {h['text'][:30]}")
    print(f"{os.path.basename(f)}: {han} Han, {len(lines)} lines, "
          + ", ".join(f"{k}={len(r['labels'][k])}" for k in FAMS) + f", hn={len(hn)}")

# brief-level checks
allt = {r["file"]: open(os.path.join(HERE, r["file"]), encoding="utf-8").read() for r in recs}
prov_first = sum(1 for r in recs if any(p["label"] == "甲方" and p["role"] == "provider" for p in r["parties"]))
if prov_first < 3: err(f"only {prov_first} contracts with 甲方 = provider")
if not any("甲方" not in t and "乙方" not in t for t in allt.values()): err("no contract without 甲方/乙方")
if not any(" | " in t for t in allt.values()): err("no table")
SEED = [r"(?<![\d.])30%", r"百分之三十", r"(?<![\d,.])5,?000(?![\d,])", r"(?<![万拾])伍仟元", r"(?<![万十])五千元",
        r"(?<!\d)180(?:日|天|个?工作日)", r"一百八十"]
for pat in SEED:
    for fn, t in allt.items():
        if re.search(pat, t): err(f"{fn}: seed figure /{pat}/ present")

print("totals:", totals, "hard_negatives:", total_hn)
if errors:
    print("FAIL")
    for e in errors: print("  -", e)
    sys.exit(1)
print("OK")
