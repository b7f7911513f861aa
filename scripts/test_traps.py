#!/usr/bin/env python3
"""Tests for scripts/traps.py's pieces that need no binary: the reversed contract and what counts as a catch."""
import importlib.util, os, sys

spec = importlib.util.spec_from_file_location("traps", os.path.join(os.path.dirname(os.path.abspath(__file__)), "traps.py"))
traps = importlib.util.module_from_spec(spec)
spec.loader.exec_module(traps)

failures = 0


def check(name, condition):
    global failures
    if not condition:
        failures += 1
        print(f"FAIL {name}", file=sys.stderr)


zh = {"id": "zh-T01-A", "lang": "zh", "client": "甲方", "text": "乙方有权随时解除本合同，甲方不得异议。"}
as_written = traps.contract(zh, False).split("\n")
reversed_ = traps.contract(zh, True).split("\n")
check("zh preamble says who is who", as_written[1].startswith("甲方（委托方）") and as_written[2].startswith("乙方（服务方）"))
check("zh reversed: letters swapped in preamble and clause", reversed_[1].startswith("乙方（委托方）") and reversed_[2].startswith("甲方（服务方）")
      and reversed_[-1] == "甲方有权随时解除本合同，乙方不得异议。")
check("zh clause follows the preamble", len(as_written) == traps.preamble_lines(zh) + 1)

en = {"id": "en-T01-A", "lang": "en", "client": "Customer", "text": "The Provider may terminate at any time."}
en_lines = traps.contract(en, False).split("\n")
en_rev = traps.contract(en, True).split("\n")
check("en names the client and the provider used in the clause", '("Customer")' in en_lines[1] and '("Provider")' in en_lines[1])
check("en reversed: the provider is named first", en_rev[1].index('("Provider")') < en_rev[1].index('("Customer")'))
check("en clause follows the preamble", len(en_lines) == traps.preamble_lines(en) + 1)
the_client = traps.contract({"id": "en-T01-M", "lang": "en", "client": "the Client", "text": "The Agency may terminate."}, False)
check("en 'the Client' is defined as contracts define it", '(the "Client")' in the_client.split("\n")[1])
letters = traps.contract({"id": "en-T01-O", "lang": "en", "client": "Party B", "text": "Party A (the Service Provider) may terminate."}, False)
check("en Party B's provider is Party A", '("Party B")' in letters.split("\n")[1] and '("Party A")' in letters.split("\n")[1])

report = {"findings": [
    {"kind": "match", "severity": "high", "location": {"paragraph": 5}},   # on the clause (paragraph 5 = line 5)
    {"kind": "match", "severity": "high", "location": {"paragraph": 2}},   # on the preamble: not a catch
    {"kind": "match", "severity": "info", "location": {"paragraph": 5}},   # info is no warning
    {"kind": "missing", "severity": "high"},                               # a missing protection has no clause
]}
check("only risk findings on the clause count", len(traps.risk_on_clause(report, 4)) == 1)

if failures:
    sys.exit(f"test_traps: {failures} failure(s)")
print("test_traps: ok")
