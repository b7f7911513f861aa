#!/usr/bin/env python3
"""Checks a corpus of model contracts drawn from xiahuibin/yh (eval/zh-model, zh-model2, zh-model3, zh-model4,
zh-model5, zh-model6, zh-model7, zh-model8, zh-model9, zh-model10, zh-model11):
every label and hard-negative text occurs verbatim on one line of its file, every text has a labels row, titles
match, sizes are within the drawing rule (1,500-12,000 characters), and no text repeats a zh-dev contract.
Prints counts per family.

    python3 scripts/verify_model_corpus.py eval/zh-model eval/zh-model2 eval/zh-model3 eval/zh-model4 eval/zh-model5 eval/zh-model6 eval/zh-model7 eval/zh-model8 eval/zh-model9 eval/zh-model10 eval/zh-model11
"""
import collections, json, os, sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZH_DEV = os.path.join(REPO, "..", "shared", "corpus", "zh-dev")
FAMILIES = ["termination", "penalty", "notice", "auto_renewal"]


def main(folders):
    return max((check(os.path.abspath(folder)) for folder in folders), default=0)


def check(folder):
    errors, counts, seen = [], collections.Counter(), set()
    rows = [json.loads(line) for line in open(os.path.join(folder, "labels.jsonl"), encoding="utf-8") if line.strip()]
    for row in rows:
        name = row["file"]
        seen.add(os.path.basename(name))
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            errors.append(f"{name}: missing file")
            continue
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        if not 1500 <= len(text) <= 12000:
            errors.append(f"{name}: {len(text)} characters, outside 1,500-12,000")
        if lines[0].strip() != row["title"].strip():
            errors.append(f"{name}: title mismatch")
        items = [(family, item) for family in FAMILIES for item in row["labels"].get(family, [])]
        items += [("hard_negative", item) for item in row.get("hard_negatives", [])]
        for family, item in items:
            counts[family] += 1
            if not item.get("text") or not any(item["text"] in line for line in lines):
                errors.append(f"{name}: {family}: not on one line: {item.get('text', '')[:50]!r}")
    on_disk = set(os.listdir(os.path.join(folder, "texts")))
    errors += [f"texts/{name}: no labels row" for name in sorted(on_disk - seen)]
    errors += duplicates_of_zh_dev(folder, on_disk)
    print(f"{os.path.basename(folder)}: {len(rows)} contracts; " + ", ".join(f"{k} {counts[k]}" for k in FAMILIES + ["hard_negative"]))
    if errors:
        print("\n".join(errors))
        return 1
    print("OK")
    return 0


def duplicates_of_zh_dev(folder, names):
    """Texts whose body (title dropped) shares most of its lines with a zh-dev text."""
    dev_texts = os.path.join(ZH_DEV, "texts")
    if not os.path.isdir(dev_texts):
        return []
    body = lambda path: set(open(path, encoding="utf-8").read().split("\n")[1:]) - {""}
    dev = {name: body(os.path.join(dev_texts, name)) for name in os.listdir(dev_texts)}
    found = []
    for name in sorted(names):
        mine = body(os.path.join(folder, "texts", name))
        for other, lines in dev.items():
            if mine and len(mine & lines) > 0.5 * len(mine):
                found.append(f"texts/{name}: most lines are also in zh-dev {other}")
    return found


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [os.path.join(REPO, "eval", name) for name in ("zh-model", "zh-model2", "zh-model3", "zh-model4", "zh-model5", "zh-model6", "zh-model7", "zh-model8", "zh-model9", "zh-model10")]))
