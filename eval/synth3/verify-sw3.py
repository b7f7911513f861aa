#!/usr/bin/env python3
"""Verify sw3 contracts and labels.

Checks: every label / hard-negative text occurs verbatim on exactly one line of its file;
required fields and value types; title == first line; size limits (zh: 2,500-6,000 Han chars,
en: 1,500-3,500 words); 5-10 hard negatives per contract; party labels appear in the text;
no hard negative sits on a line that is labelled in the same family. Prints counts.
Exit code 0 when everything passes.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "automatic"}
PURPOSES = {"termination", "non_renewal", "price_change", "personnel_change", "terms_change", "suspension", "other"}
NUM = (int, float)
errors = []


def err(msg):
    errors.append(msg)


def num_or_none(v):
    return v is None or (isinstance(v, NUM) and not isinstance(v, bool))


def main():
    path = os.path.join(HERE, "labels.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    totals = Counter()
    roles = []
    seen_files = set()
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
        if r["labels_by"] != "sw3":
            err(f"{f}: labels_by")
        if r["title"] != lines[0]:
            err(f"{f}: title != first line")
        if r["lang"] == "zh":
            n = len(re.findall(r"[\u4e00-\u9fff]", text))
            if not 2500 <= n <= 6000:
                err(f"{f}: {n} Han chars out of range")
            size = f"{n} Han chars"
        else:
            n = len(text.split())
            if not 1500 <= n <= 3500:
                err(f"{f}: {n} words out of range")
            size = f"{n} words"
        for p in r["parties"]:
            if set(p) != {"label", "role", "name"} or p["role"] not in ("provider", "client"):
                err(f"{f}: bad party {p}")
            if p["label"] not in text or p["name"] not in text:
                err(f"{f}: party label/name not in text {p}")
        if {p["role"] for p in r["parties"]} != {"provider", "client"}:
            err(f"{f}: parties must cover provider and client")

        def one_line(t, where):
            hits = [i for i, l in enumerate(lines) if t in l]
            if not t.strip():
                err(f"{f}: empty text in {where}")
            if len(hits) != 1:
                err(f"{f}: {where} text on {len(hits)} lines: {t[:40]}")
                return None
            return hits[0]

        labelled = {fam: set() for fam in FAMILIES}
        counts = {}
        for fam in FAMILIES:
            items = r["labels"].get(fam)
            if items is None:
                err(f"{f}: labels missing family {fam}")
                continue
            counts[fam] = len(items)
            totals[fam] += len(items)
            keys_seen = set()
            for it in items:
                for k in ("text", "src", "note"):
                    if k not in it:
                        err(f"{f}: {fam} item missing {k}")
                if it.get("src") != "writer":
                    err(f"{f}: src")
                key = (it["text"], json.dumps({k: v for k, v in it.items() if k not in ("note",)}, ensure_ascii=False, sort_keys=True))
                if it["text"] in keys_seen:
                    err(f"{f}: duplicate {fam} label {it['text'][:30]}")
                keys_seen.add(it["text"])
                i = one_line(it["text"], fam)
                if i is not None:
                    labelled[fam].add(i)
                if fam == "termination":
                    if it.get("holder") not in HOLDERS or it.get("trigger") not in TRIGGERS:
                        err(f"{f}: bad termination values {it.get('holder')} {it.get('trigger')}")
                elif fam == "penalty":
                    for k in ("percent", "amount", "floor", "base", "per_day"):
                        if k not in it:
                            err(f"{f}: penalty missing {k}")
                    if not all(num_or_none(it.get(k)) for k in ("percent", "amount", "floor")):
                        err(f"{f}: penalty numbers")
                    if not isinstance(it.get("per_day"), bool):
                        err(f"{f}: per_day not bool")
                    if it.get("percent") is None and it.get("amount") is None and it.get("base") is None:
                        err(f"{f}: penalty without any value: {it['text'][:30]}")
                elif fam == "notice":
                    if not isinstance(it.get("notice_days"), int) or it.get("purpose") not in PURPOSES:
                        err(f"{f}: bad notice values {it.get('notice_days')} {it.get('purpose')}")
                    elif str(it["notice_days"]) not in it["text"] and not re.search("[一二三四五六七八九十]个?月", it["text"]):
                        err(f"{f}: notice_days {it['notice_days']} not visible in text")
                elif fam == "auto_renewal":
                    if "renewal_term_days" not in it or not num_or_none(it["renewal_term_days"]):
                        err(f"{f}: renewal_term_days")
        hn = r["hard_negatives"]
        if not 5 <= len(hn) <= 10:
            err(f"{f}: {len(hn)} hard negatives")
        totals["hard_negatives"] += len(hn)
        for h in hn:
            if set(h) != {"family", "text", "src", "note"} or h["family"] not in FAMILIES or not h["note"]:
                err(f"{f}: bad hard negative {h}")
                continue
            i = one_line(h["text"], "hard_negative")
            if i is not None and i in labelled[h["family"]]:
                err(f"{f}: hard negative on a line labelled {h['family']}: {h['text'][:30]}")
        roles.append((f, ", ".join(f"{p['label']}={p['role']}" for p in r["parties"])))
        print(f"{f}: {size}, {len(lines)} lines, " + ", ".join(f"{k}={v}" for k, v in counts.items()) + f", hard_negatives={len(hn)}")
    for fn in sorted(os.listdir(os.path.join(HERE, "texts"))):
        if f"texts/{fn}" not in seen_files:
            err(f"texts/{fn}: no labels record")
    print("totals:", dict(totals))
    for f, ro in roles:
        print("roles:", f, ro)
    if errors:
        print(f"FAIL ({len(errors)} errors)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
