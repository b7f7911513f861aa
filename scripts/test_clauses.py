#!/usr/bin/env python3
"""Tests for scripts/clauses.py's pieces that need no binary: the contract around a clause, the split, what counts."""
import importlib.util, os, sys

spec = importlib.util.spec_from_file_location("clauses", os.path.join(os.path.dirname(os.path.abspath(__file__)), "clauses.py"))
clauses = importlib.util.module_from_spec(spec)
spec.loader.exec_module(clauses)

failures = 0


def check(name, condition):
    global failures
    if not condition:
        failures += 1
        print(f"FAIL {name}", file=sys.stderr)


text, paragraph = clauses.contract({"lang": "zh", "text": "甲方可提前三十日书面通知乙方解除本合同。"})
lines = text.rstrip("\n").split("\n")
check("zh clause is the paragraph scored", lines[paragraph - 1] == "甲方可提前三十日书面通知乙方解除本合同。")
check("zh preamble says who is who", lines[1].startswith("甲方（委托方）") and lines[2].startswith("乙方（服务方）"))
text, paragraph = clauses.contract({"lang": "en", "text": "Either party may terminate."})
check("en clause is the paragraph scored", text.rstrip("\n").split("\n")[paragraph - 1] == "Either party may terminate.")

items = [{"id": f"zh-term-{n:03}", "lang": "zh", "family": "termination", "kind": "positive"} for n in range(9)]
items += [{"id": "zh-neg-001", "lang": "zh", "family": "termination", "kind": "negative"}]
split = clauses.splits(items)
held = [i for i, s in split.items() if s == "heldout"]
check("a third of a group is held out", len(held) == 3)
check("a lone negative is tuned on (every third from the 2nd)", split["zh-neg-001"] == "tune")
check("the split does not depend on the order of the file", clauses.splits(list(reversed(items))) == split)
later = [dict(i, file="clauses-x.jsonl", id="x-" + i["id"]) for i in items]
check("a later file does not move the first file's clauses", {i: s for i, s in clauses.splits(items + later).items()
                                                              if not i.startswith("x-")} == split)

report = {"keyTerms": [{"family": "notice", "location": {"paragraph": 4}, "values": {"notice": {"days": 30}}}],
          "findings": [{"kind": "match", "family": "termination", "severity": "high", "location": {"paragraph": 4}},
                       {"kind": "match", "family": "termination", "severity": "info", "location": {"paragraph": 4}},
                       {"kind": "missing", "family": "penalty", "severity": "high"}]}
check("a key term of the family on the clause counts", len(clauses.items_on(report, 4, "notice")) == 1)
check("a key term on another paragraph does not", clauses.items_on(report, 3, "notice") == [])
check("info findings do not count", len(clauses.items_on(report, 4, "termination")) == 1)
check("missing findings have no clause", clauses.items_on(report, 4, "penalty") == [])
check("notice days are read from the key term", clauses.notice_days(clauses.items_on(report, 4, "notice")) == 30)

if failures:
    sys.exit(f"test_clauses: {failures} failure(s)")
print("test_clauses: ok")
