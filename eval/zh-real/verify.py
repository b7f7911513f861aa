#!/usr/bin/env python3
"""Check the zh-real e-commerce shop-management set.

Every labelled clause and hard negative must occur verbatim in its text file, and each
labelled span must be a whole sentence/list item (it starts at a line start or after 。；;
and ends at a line end or with 。；;).  Prints per-family counts (files / clauses), hard
negatives, the roles of 甲方 (client vs provider) and the extra fields used.

    python3 verify.py [DIR]
Exit status 1 on any problem.
"""
import collections, json, os, sys

FAMILIES = ("termination", "penalty", "notice", "auto_renewal")
STARTS = "\n。;；"
ENDS = "。;；"


def whole(text, span):
    i = text.find(span)
    while i != -1:
        before = text[i - 1] if i > 0 else "\n"
        after_i = i + len(span)
        after = text[after_i] if after_i < len(text) else "\n"
        if before in STARTS and (span[-1] in ENDS or after == "\n"):
            return True
        i = text.find(span, i + 1)
    return False


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    recs = [json.loads(l) for l in open(os.path.join(root, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files, clauses, hard = collections.Counter(), collections.Counter(), collections.Counter()
    roles, holders, payers, triggers = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    problems, chars, none, complete = [], 0, 0, 0
    seen = set()
    for r in recs:
        if r["file"] in seen:
            problems.append((r["file"], "-", "duplicate record"))
        seen.add(r["file"])
        path = os.path.join(root, r["file"])
        if not os.path.isfile(path):
            problems.append((r["file"], "-", "text file missing")); continue
        text = open(path, encoding="utf-8").read()
        chars += len(text)
        complete += bool(r.get("complete"))
        for k in ("source_url", "title", "complete", "parties"):
            if k not in r:
                problems.append((r["file"], "-", f"field {k} missing"))
        if text.splitlines()[0].strip() == "":
            problems.append((r["file"], "-", "first line (title) empty"))
        for p in r.get("parties", []):
            if p["role"] not in ("client", "provider"):
                problems.append((r["file"], "parties", p["role"]))
            if p["label"] == "甲方":
                roles[p["role"]] += 1
        if "甲方" not in [p["label"] for p in r.get("parties", [])]:
            roles["(no 甲方 label)"] += 1
        if set(r["labels"]) != set(FAMILIES):
            problems.append((r["file"], "-", f"families {sorted(r['labels'])}"))
        for fam in FAMILIES:
            items = r["labels"].get(fam, [])
            files[fam] += bool(items); clauses[fam] += len(items)
            for it in items:
                if it["text"] not in text:
                    problems.append((r["file"], fam, "not verbatim: " + it["text"][:50]))
                elif not whole(text, it["text"]):
                    problems.append((r["file"], fam, "not a whole sentence/item: " + it["text"][:50]))
                if fam == "termination":
                    if it.get("holder") not in ("client", "provider", "both", "automatic"):
                        problems.append((r["file"], fam, "holder " + str(it.get("holder"))))
                    if it.get("trigger") not in ("at_will", "for_cause", "missed_target", "expiry", "mutual", "other"):
                        problems.append((r["file"], fam, "trigger " + str(it.get("trigger"))))
                    holders[it.get("holder")] += 1; triggers[it.get("trigger")] += 1
                if fam == "penalty":
                    if it.get("payer") not in ("client", "provider", "both", "unclear"):
                        problems.append((r["file"], fam, "payer " + str(it.get("payer"))))
                    payers[it.get("payer")] += 1
                if fam == "notice":
                    if "notice_days" not in it or it.get("purpose") not in ("termination", "non_renewal", "price_change", "other"):
                        problems.append((r["file"], fam, "notice_days/purpose"))
                if fam == "auto_renewal" and not isinstance(it.get("automatic"), bool):
                    problems.append((r["file"], fam, "automatic"))
        if not any(r["labels"].get(f) for f in FAMILIES):
            none += 1
        for it in r.get("hard_negatives", []):
            hard[it["family"]] += 1
            if it["text"] not in text:
                problems.append((r["file"], "hard_negative/" + it["family"], it["text"][:50]))
    print(f"files: {len(recs)}  complete or nearly complete: {complete}  partial: {len(recs) - complete}  characters: {chars}")
    print("| family | files / clauses |")
    print("|---|---|")
    for fam in FAMILIES:
        print(f"| {fam} | {files[fam]} / {clauses[fam]} |")
    print(f"| none of the four | {none} files |")
    print("hard negatives:", sum(hard.values()), dict(sorted(hard.items())))
    print("甲方 role:", dict(roles))
    print("termination holder:", dict(holders), " trigger:", dict(triggers))
    print("penalty payer:", dict(payers))
    print("problems:", len(problems))
    for p in problems[:40]:
        print("  ", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
