#!/usr/bin/env python3
"""Checks labels.jsonl against texts/ for writer sw57. Prints counts and ends with OK."""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "terms_change", "suspension", "personnel_change", "other"}
ROLES = {"client", "provider"}
AVOID = [r"30\s*[%％]", "百分之三十", "5000", r"5,000", "五千", "180", "一百八十"]
errors = []


def err(msg):
    errors.append(msg)


def is_num_or_null(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))


def han(t):
    return len(re.findall(r"[\u4e00-\u9fff]", t))


records = [json.loads(l) for l in open(os.path.join(D, "labels.jsonl"), encoding="utf-8") if l.strip()]
if len(records) != 7:
    err(f"expected 7 records, got {len(records)}")

files_on_disk = sorted(os.listdir(os.path.join(D, "texts")))
if len(files_on_disk) != 7:
    err(f"expected 7 text files, got {files_on_disk}")

total = {f: 0 for f in FAMILIES}
total_hn = 0
provider_first = 0
print(f"{'file':32} {'han':>5} " + " ".join(f"{f[:6]:>6}" for f in FAMILIES) + "     hn")
for r in records:
    for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
        if k not in r:
            err(f"{r.get('file')}: missing key {k}")
    path = os.path.join(D, r["file"])
    if not os.path.isfile(path):
        err(f"missing file {r['file']}")
        continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    name = r["file"]
    if r["lang"] != "zh":
        err(f"{name}: lang must be zh")
    if r["labels_by"] != "sw57":
        err(f"{name}: labels_by")
    if lines[0] != r["title"]:
        err(f"{name}: title mismatch")
    n_han = han(text)
    if not 2500 <= n_han <= 6000:
        err(f"{name}: Han count {n_han} out of range")
    for pat in AVOID:
        if re.search(pat, text):
            err(f"{name}: avoided figure {pat!r} present")
    # parties
    parties = r["parties"]
    if len(parties) < 2:
        err(f"{name}: fewer than two parties")
    for p in parties:
        if set(p) != {"label", "role", "name"}:
            err(f"{name}: party keys {p}")
        if p["role"] not in ROLES:
            err(f"{name}: bad role {p['role']}")
        if p["name"] not in text:
            err(f"{name}: party name not in text: {p['name']}")
        if p["label"] not in text:
            err(f"{name}: party label not in text: {p['label']}")
    if parties[0]["label"] == "甲方" and parties[0]["role"] == "provider":
        provider_first += 1

    def on_one_line(t):
        if not t or "\n" in t:
            return False
        return any(t == ln or (t in ln and (t.endswith("。") or t.endswith("；"))) for ln in lines)

    counts = {}
    labelled = {f: set() for f in FAMILIES}
    for fam in FAMILIES:
        items = r["labels"].get(fam)
        if items is None:
            err(f"{name}: missing family {fam}")
            items = []
        counts[fam] = len(items)
        total[fam] += len(items)
        for it in items:
            t = it.get("text", "")
            if not on_one_line(t):
                err(f"{name}/{fam}: text not on one line: {t[:40]}")
            if it.get("src") != "writer" or not it.get("note"):
                err(f"{name}/{fam}: src/note missing: {t[:30]}")
            if t in labelled[fam]:
                err(f"{name}/{fam}: duplicate label {t[:30]}")
            labelled[fam].add(t)
            if fam == "termination":
                if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS:
                    err(f"{name}/termination: bad holder/trigger {it.get('holder')}/{it.get('trigger')}")
            elif fam == "penalty":
                for k in ("percent", "amount", "floor", "base", "per_day"):
                    if k not in it:
                        err(f"{name}/penalty: missing {k}")
                if not (is_num_or_null(it.get("percent")) and is_num_or_null(it.get("amount")) and is_num_or_null(it.get("floor"))):
                    err(f"{name}/penalty: non-numeric field")
                if not (it.get("base") is None or isinstance(it.get("base"), str)):
                    err(f"{name}/penalty: base must be str or null")
                if it.get("base") and it["base"] not in text:
                    err(f"{name}/penalty: base words not in text: {it['base']}")
                if not isinstance(it.get("per_day"), bool):
                    err(f"{name}/penalty: per_day must be bool")
            elif fam == "notice":
                nd = it.get("notice_days")
                if not (isinstance(nd, int) and not isinstance(nd, bool) and nd > 0):
                    err(f"{name}/notice: notice_days {nd}")
                if it.get("purpose") not in PURPOSES:
                    err(f"{name}/notice: purpose {it.get('purpose')}")
            elif fam == "auto_renewal":
                if not is_num_or_null(it.get("renewal_term_days")):
                    err(f"{name}/auto_renewal: renewal_term_days")
    hns = r["hard_negatives"]
    if not 5 <= len(hns) <= 10:
        err(f"{name}: {len(hns)} hard negatives (need 5-10)")
    total_hn += len(hns)
    for h in hns:
        if h.get("family") not in FAMILIES:
            err(f"{name}/hn: family {h.get('family')}")
            continue
        if h.get("src") != "writer" or not h.get("note"):
            err(f"{name}/hn: src/note")
        if not on_one_line(h.get("text", "")):
            err(f"{name}/hn: text not on one line: {h.get('text','')[:40]}")
        if h["text"] in labelled[h["family"]]:
            err(f"{name}/hn: same line is label and hard negative in {h['family']}")
    print(f"{name[6:]:32} {n_han:>5} " + " ".join(f"{counts[f]:>6}" for f in FAMILIES) + f" {len(hns):>6}")

if provider_first < 2:
    err("甲方 must be the provider in at least two contracts")
print("TOTAL".ljust(38) + " ".join(f"{total[f]:>6}" for f in FAMILIES) + f" {total_hn:>6}")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
