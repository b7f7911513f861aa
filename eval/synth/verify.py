#!/usr/bin/env python3
"""Check labels.jsonl against texts/: every label / hard-negative text must occur
verbatim on a single line of its file. Prints per-file sizes and counts per family.

    python3 eval/synth/verify.py                                   # this folder, 2-5 hard negatives a contract
    python3 eval/synth/verify.py eval/synth2 --hard-negatives 5-10 # another set written to the same brief"""
import argparse, json, os, re, sys, collections
parser = argparse.ArgumentParser()
parser.add_argument("folder", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
parser.add_argument("--hard-negatives", default="2-5", help="MIN-MAX hard negatives per contract")
args = parser.parse_args()
HERE = os.path.abspath(args.folder)
HN_MIN, HN_MAX = (int(x) for x in args.hard_negatives.split("-"))
FAM = ["termination", "penalty", "notice", "auto_renewal"]
REQ = {"termination": ["holder", "trigger"], "notice": ["notice_days", "purpose"]}
HOLDERS = {"client", "provider", "either", "both", "none"}
TRIGGERS = {"at_will", "for_cause", "missed_target", "force_majeure", "expiry", "automatic"}
errors = []
counts = collections.Counter()
files_seen = set()
rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
for r in rows:
    f = r["file"]; files_seen.add(os.path.basename(f))
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        errors.append(f"{f}: missing file"); continue
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    lang = r["lang"]
    han = len(re.findall(r"[\u4e00-\u9fff]", text)); words = len(text.split())
    size = han if lang == "zh" else words
    lo, hi = (2500, 6000) if lang == "zh" else (1500, 3500)
    flag = "" if lo <= size <= hi else "  <-- OUT OF RANGE"
    if flag: errors.append(f"{f}: size {size} out of range")
    if lines[0].strip() != r["title"].strip():
        errors.append(f"{f}: title mismatch")
    def check(t, where):
        if not t or not any(t in ln for ln in lines):
            errors.append(f"{f}: {where}: not found on a single line: {t[:60]!r}")
    for fam in FAM:
        for it in r["labels"].get(fam, []):
            check(it.get("text", ""), fam)
            for k in REQ.get(fam, []):
                if k not in it: errors.append(f"{f}: {fam} item lacks {k}: {it['text'][:40]}")
            if fam == "termination":
                if it.get("holder") not in HOLDERS: errors.append(f"{f}: bad holder {it.get('holder')}")
                if it.get("trigger") not in TRIGGERS: errors.append(f"{f}: bad trigger {it.get('trigger')}")
            if fam == "notice" and not (isinstance(it.get("notice_days"), int) or it.get("notice_days") == "blank"):
                errors.append(f"{f}: notice_days neither a whole number nor \"blank\"")
            counts[(lang, fam)] += 1
    hn = r.get("hard_negatives", [])
    if not HN_MIN <= len(hn) <= HN_MAX: errors.append(f"{f}: {len(hn)} hard negatives")
    for h in hn:
        check(h.get("text", ""), "hard_negative"); counts[(lang, "hard_negative")] += 1
    print(f"{f:55s} {lang} size={size}{flag} " + " ".join(f"{fam[:4]}={len(r['labels'].get(fam, []))}" for fam in FAM) + f" hn={len(hn)}")
on_disk = set(os.listdir(os.path.join(HERE, "texts")))
for x in sorted(on_disk - files_seen): errors.append(f"texts/{x}: no labels row")
print()
for lang in ("zh", "en"):
    print(lang, " ".join(f"{k}={counts[(lang, k)]}" for k in FAM + ["hard_negative"]))
print("files:", len(rows))
if errors:
    print("\nERRORS:"); [print(" ", e) for e in errors]; sys.exit(1)
print("OK: all label and hard-negative texts found verbatim on one line")
