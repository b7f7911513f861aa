#!/usr/bin/env python3
"""Verify sw21 labels: verbatim single-line matches, required fields, sizes, counts."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
REQUIRED = {
    "termination": ("holder", "trigger"),
    "penalty": ("percent", "amount", "floor", "base", "per_day"),
    "notice": ("notice_days", "purpose"),
    "auto_renewal": ("renewal_term_days",),
}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change",
            "terms_change", "suspension", "other"}
ROLES = {"provider", "client"}

errors = []


def err(msg):
    errors.append(msg)


def num_or_none(v):
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))


def check_text(lines, text, where):
    hits = [i for i, l in enumerate(lines) if text in l]
    if len(hits) != 1:
        err(f"{where}: text found on {len(hits)} lines: {text[:60]!r}")


def main():
    path = os.path.join(HERE, "labels.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    totals = Counter()
    hn_total = 0
    files_seen = set()
    for r in recs:
        for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
            if k not in r:
                err(f"{r.get('file')}: missing key {k}")
        f = r["file"]
        if f in files_seen:
            err(f"duplicate record for {f}")
        files_seen.add(f)
        if r["labels_by"] != "sw21":
            err(f"{f}: labels_by != sw21")
        fp = os.path.join(HERE, f)
        if not os.path.isfile(fp):
            err(f"{f}: file missing")
            continue
        raw = open(fp, encoding="utf-8").read()
        lines = raw.split("\n")
        if lines[0] != r["title"]:
            err(f"{f}: title != first line")
        if r["lang"] == "zh":
            han = len(re.findall(r"[\u4e00-\u9fff]", raw))
            size = f"{han} Han"
            if not 2500 <= han <= 6000:
                err(f"{f}: {han} Han characters out of 2500-6000")
        elif r["lang"] == "en":
            words = len(raw.split())
            size = f"{words} words"
            if not 1500 <= words <= 3500:
                err(f"{f}: {words} words out of 1500-3500")
        else:
            err(f"{f}: bad lang")
            size = "?"
        for p in r["parties"]:
            if p.get("role") not in ROLES or not p.get("label") or not p.get("name"):
                err(f"{f}: bad party {p}")
            elif p["name"] not in raw:
                err(f"{f}: party name not in text: {p['name']}")
        counts = {}
        for fam in FAMILIES:
            items = r["labels"].get(fam)
            if items is None:
                err(f"{f}: labels missing family {fam}")
                items = []
            counts[fam] = len(items)
            totals[fam] += len(items)
            for it in items:
                where = f"{f}/{fam}"
                if it.get("src") != "writer" or "note" not in it or "text" not in it:
                    err(f"{where}: missing text/src/note")
                    continue
                for k in REQUIRED[fam]:
                    if k not in it:
                        err(f"{where}: missing field {k}")
                check_text(lines, it["text"], where)
                if fam == "termination":
                    if it.get("holder") not in HOLDERS:
                        err(f"{where}: bad holder {it.get('holder')}")
                    if it.get("trigger") not in TRIGGERS:
                        err(f"{where}: bad trigger {it.get('trigger')}")
                elif fam == "penalty":
                    for k in ("percent", "amount", "floor"):
                        if not num_or_none(it.get(k)):
                            err(f"{where}: {k} not numeric")
                    if not isinstance(it.get("per_day"), bool):
                        err(f"{where}: per_day not bool")
                elif fam == "notice":
                    if not isinstance(it.get("notice_days"), int):
                        err(f"{where}: notice_days not int")
                    if it.get("purpose") not in PURPOSES:
                        err(f"{where}: bad purpose {it.get('purpose')}")
                elif fam == "auto_renewal":
                    if not num_or_none(it.get("renewal_term_days")):
                        err(f"{where}: renewal_term_days not numeric")
        hns = r["hard_negatives"]
        hn_total += len(hns)
        if not 5 <= len(hns) <= 10:
            err(f"{f}: {len(hns)} hard negatives (need 5-10)")
        for h in hns:
            if h.get("family") not in FAMILIES or h.get("src") != "writer" or not h.get("note"):
                err(f"{f}: bad hard negative {h}")
            check_text(lines, h.get("text", ""), f"{f}/hn")
        print(f"{f}: {size}; " + ", ".join(f"{k}={v}" for k, v in counts.items()) + f"; hn={len(hns)}")
    print("TOTAL: " + ", ".join(f"{k}={totals[k]}" for k in FAMILIES) + f"; hard_negatives={hn_total}; contracts={len(recs)}")
    txts = {"texts/" + n for n in os.listdir(os.path.join(HERE, "texts")) if n.endswith(".txt")}
    if txts != files_seen:
        err(f"texts/ and labels.jsonl differ: {sorted(txts ^ files_seen)}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
