#!/usr/bin/env python3
"""Verify sw6 labels: every label / hard-negative text occurs verbatim on exactly one
line of its text file, required fields and value types are present, sizes are in range.
Usage: python3 verify-sw6.py   (exit code 0 = pass)"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change",
            "terms_change", "suspension", "other"}
ROLES = {"provider", "client"}
errors = []


def err(msg):
    errors.append(msg)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def size_ok(text, lang):
    if lang == "zh":
        n = len(re.findall(r"[\u4e00-\u9fff]", text))
        return n, 2500 <= n <= 6000
    n = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))
    return n, 1500 <= n <= 3500


def lines_with(lines, text):
    return [i for i, ln in enumerate(lines) if text in ln]


def check_item(fam, it, where, lines):
    for k in ("text", "src", "note"):
        if k not in it:
            err(f"{where}: missing {k}")
    if not isinstance(it.get("text"), str) or not it.get("text"):
        err(f"{where}: empty text")
        return None
    if it.get("src") != "writer":
        err(f"{where}: src must be 'writer'")
    hits = lines_with(lines, it["text"])
    if len(hits) != 1:
        err(f"{where}: text found on {len(hits)} lines: {it['text'][:40]}")
        return None
    if fam == "termination":
        if it.get("holder") not in HOLDERS:
            err(f"{where}: bad holder {it.get('holder')}")
        if it.get("trigger") not in TRIGGERS:
            err(f"{where}: bad trigger {it.get('trigger')}")
    elif fam == "penalty":
        for k in ("percent", "amount", "floor", "base", "per_day"):
            if k not in it:
                err(f"{where}: penalty missing {k}")
        for k in ("percent", "amount", "floor"):
            if it.get(k) is not None and not is_num(it[k]):
                err(f"{where}: {k} not numeric")
        if not isinstance(it.get("per_day"), bool):
            err(f"{where}: per_day must be bool")
        if it.get("base") is not None and not isinstance(it["base"], str):
            err(f"{where}: base must be str or null")
    elif fam == "notice":
        if not isinstance(it.get("notice_days"), int) or it["notice_days"] <= 0:
            err(f"{where}: notice_days must be positive int")
        if it.get("purpose") not in PURPOSES:
            err(f"{where}: bad purpose {it.get('purpose')}")
    elif fam == "auto_renewal":
        if "renewal_term_days" not in it:
            err(f"{where}: missing renewal_term_days")
        elif it["renewal_term_days"] is not None and not isinstance(it["renewal_term_days"], int):
            err(f"{where}: renewal_term_days must be int or null")
    return hits[0]


def main():
    path = os.path.join(HERE, "labels.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    totals, hn_total = Counter(), 0
    files_seen = set()
    print(f"{'file':34} {'size':>6} " + " ".join(f"{f[:5]:>5}" for f in FAMILIES) + "    hn")
    for r in recs:
        for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
            if k not in r:
                err(f"{r.get('file')}: missing {k}")
        fn = r["file"]
        if fn in files_seen:
            err(f"{fn}: duplicate record")
        files_seen.add(fn)
        fp = os.path.join(HERE, fn)
        if not os.path.isfile(fp):
            err(f"{fn}: file missing")
            continue
        text = open(fp, encoding="utf-8").read()
        lines = text.split("\n")
        if r["labels_by"] != "sw6":
            err(f"{fn}: labels_by")
        if r["lang"] not in ("zh", "en"):
            err(f"{fn}: lang")
        if r["title"] != lines[0]:
            err(f"{fn}: title is not the first line")
        n, ok = size_ok(text, r["lang"])
        if not ok:
            err(f"{fn}: size {n} out of range")
        roles = Counter()
        for p in r["parties"]:
            if not all(p.get(k) for k in ("label", "role", "name")):
                err(f"{fn}: party missing field {p}")
            if p.get("role") not in ROLES:
                err(f"{fn}: bad role {p.get('role')}")
            roles[p.get("role")] += 1
            if p.get("name") and p["name"] not in text:
                err(f"{fn}: party name not in text {p['name']}")
        if roles["provider"] < 1 or roles["client"] < 1:
            err(f"{fn}: need one provider and one client")
        counts = []
        labelled = {f: [] for f in FAMILIES}
        for fam in FAMILIES:
            items = r["labels"].get(fam)
            if items is None:
                err(f"{fn}: labels missing family {fam}")
                items = []
            seen = set()
            for i, it in enumerate(items):
                ln = check_item(fam, it, f"{fn} {fam}[{i}]", lines)
                if it.get("text") in seen:
                    err(f"{fn} {fam}[{i}]: duplicate label text")
                seen.add(it.get("text"))
                if ln is not None:
                    labelled[fam].append(it["text"])
            counts.append(len(items))
            totals[fam] += len(items)
        hns = r["hard_negatives"]
        if not 5 <= len(hns) <= 10:
            err(f"{fn}: {len(hns)} hard negatives (need 5-10)")
        for i, h in enumerate(hns):
            where = f"{fn} hn[{i}]"
            if h.get("family") not in FAMILIES:
                err(f"{where}: bad family {h.get('family')}")
            if h.get("src") != "writer" or not h.get("note"):
                err(f"{where}: src/note")
            hits = lines_with(lines, h.get("text", "\u0000"))
            if len(hits) != 1:
                err(f"{where}: text found on {len(hits)} lines: {h.get('text', '')[:40]}")
            elif any(h["text"] in t or t in h["text"] for t in labelled.get(h.get("family"), [])):
                err(f"{where}: overlaps a label text in family {h['family']}")
        hn_total += len(hns)
        print(f"{os.path.basename(fn):34} {n:>6} " + " ".join(f"{c:>5}" for c in counts) + f" {len(hns):>5}")
    print("totals: " + ", ".join(f"{f}={totals[f]}" for f in FAMILIES) + f", hard_negatives={hn_total}, contracts={len(recs)}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
