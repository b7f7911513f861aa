#!/usr/bin/env python3
"""Verify sw13 labels: every label / hard-negative text occurs verbatim on exactly one
line of its file, required fields and enum values are present, sizes are in range.
Prints per-file and total counts. Exit code 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change",
            "terms_change", "suspension", "other"}
ROLES = {"client", "provider"}
ZH_MIN, ZH_MAX = 2500, 4000          # this batch: shorter 文库-style templates
FIELDS = {
    "termination": ("holder", "trigger"),
    "penalty": ("percent", "amount", "floor", "base", "per_day"),
    "notice": ("notice_days", "purpose"),
    "auto_renewal": ("renewal_term_days",),
}
errors = []


def err(msg):
    errors.append(msg)


def han(text):
    return len(re.findall(r"[\u4e00-\u9fff]", text))


def check_text(fname, lines, text, where):
    if not isinstance(text, str) or not text.strip():
        err(f"{where}: empty text")
        return
    if "\n" in text:
        err(f"{where}: text spans lines")
    hits = [i for i, l in enumerate(lines) if text in l]
    if len(hits) != 1:
        err(f"{where}: text found on {len(hits)} lines: {text[:40]}")


def main():
    path = os.path.join(HERE, "labels.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    total = Counter()
    seen_files = set()
    print(f"{'file':55s} {'han':>5s} term pen not ren hn")
    for r in recs:
        for k in ("file", "lang", "labels_by", "title", "parties", "labels", "hard_negatives"):
            if k not in r:
                err(f"{r.get('file')}: missing {k}")
        f = r["file"]
        if f in seen_files:
            err(f"{f}: duplicate record")
        seen_files.add(f)
        fp = os.path.join(HERE, f)
        if not os.path.isfile(fp):
            err(f"{f}: file missing")
            continue
        text = open(fp, encoding="utf-8").read()
        lines = text.split("\n")
        if r["labels_by"] != "sw13":
            err(f"{f}: labels_by")
        if r["lang"] != "zh":
            err(f"{f}: lang")
        if r["title"] != lines[0]:
            err(f"{f}: title is not the first line")
        n = han(text)
        if not (ZH_MIN <= n <= ZH_MAX):
            err(f"{f}: {n} Han characters outside {ZH_MIN}-{ZH_MAX}")
        if not r["parties"]:
            err(f"{f}: no parties")
        for p in r["parties"]:
            if p.get("role") not in ROLES or not p.get("label") or not p.get("name"):
                err(f"{f}: bad party {p}")
            elif p["name"] not in text or p["label"] not in text:
                err(f"{f}: party name/label not in text: {p}")
        if set(r["labels"]) != set(FAMILIES):
            err(f"{f}: label families {sorted(r['labels'])}")
        counts = {}
        for fam in FAMILIES:
            items = r["labels"].get(fam, [])
            counts[fam] = len(items)
            total[fam] += len(items)
            for j, it in enumerate(items):
                where = f"{f}:{fam}[{j}]"
                for k in ("text", "src", "note") + FIELDS[fam]:
                    if k not in it:
                        err(f"{where}: missing {k}")
                if it.get("src") != "writer":
                    err(f"{where}: src")
                check_text(f, lines, it.get("text"), where)
                if fam == "termination":
                    if it.get("holder") not in HOLDERS:
                        err(f"{where}: holder {it.get('holder')}")
                    if it.get("trigger") not in TRIGGERS:
                        err(f"{where}: trigger {it.get('trigger')}")
                elif fam == "penalty":
                    for k in ("percent", "amount", "floor"):
                        v = it.get(k)
                        if v is not None and not isinstance(v, (int, float)):
                            err(f"{where}: {k} not numeric")
                    if it.get("percent") == 30 or 5000 in (it.get("amount"), it.get("floor")):
                        err(f"{where}: seed figure used")
                    if not isinstance(it.get("per_day"), bool):
                        err(f"{where}: per_day not bool")
                elif fam == "notice":
                    d = it.get("notice_days")
                    if not isinstance(d, int) or d <= 0:
                        err(f"{where}: notice_days")
                    if d == 180:
                        err(f"{where}: seed figure 180")
                    if it.get("purpose") not in PURPOSES:
                        err(f"{where}: purpose {it.get('purpose')}")
                elif fam == "auto_renewal":
                    d = it.get("renewal_term_days")
                    if d is not None and (not isinstance(d, int) or d <= 0):
                        err(f"{where}: renewal_term_days")
        hn = r["hard_negatives"]
        if not (5 <= len(hn) <= 10):
            err(f"{f}: {len(hn)} hard negatives (want 5-10)")
        for j, h in enumerate(hn):
            where = f"{f}:hard_negatives[{j}]"
            if h.get("family") not in FAMILIES:
                err(f"{where}: family {h.get('family')}")
            if h.get("src") != "writer" or not h.get("note"):
                err(f"{where}: src/note")
            check_text(f, lines, h.get("text"), where)
        total["hard_negatives"] += len(hn)
        print(f"{f:55s} {n:5d} {counts['termination']:4d} {counts['penalty']:3d} "
              f"{counts['notice']:3d} {counts['auto_renewal']:3d} {len(hn):2d}")
    txts = {"texts/" + x for x in os.listdir(os.path.join(HERE, "texts")) if x.endswith(".txt")}
    if txts != seen_files:
        err(f"texts without labels or labels without texts: {sorted(txts ^ seen_files)}")
    print(f"contracts: {len(recs)}  " + "  ".join(f"{k}: {total[k]}" for k in FAMILIES + ("hard_negatives",)))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
