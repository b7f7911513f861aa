#!/usr/bin/env python3
"""Validate traps-da/db.jsonl and fair-da/db.jsonl in this folder. Prints OK or the problems.

Checks: 45 trap lines and 17 fair lines per wording, expected and unique ids, all fields
present and non-empty, family values, single-line texts, the client word occurs in the text,
and no banned figure (30, 5000, 180 as digit runs after removing commas -- and, stricter, no
digit run containing them such as 300 or 1800 -- nor 三十/五千/一百八十 or their formal forms)
in text and client. The topic field is exempt: for zh-T12 it is the trap list's own label
("deposit held 180 days after termination"), copied verbatim as required.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = ["da", "db"]
FAMILIES = {"termination", "penalty", "notice", "auto_renewal", "other"}
TRAP_FIELDS = ["id", "trap", "lang", "family", "topic", "wording", "client", "text"]
FAIR_FIELDS = ["id", "lang", "family", "topic", "client", "text"]
BANNED_RUNS = {"30", "5000", "180"}
BANNED_ZH = ["三十", "五千", "一百八十", "叁拾", "伍仟", "壹佰捌拾", "卅"]
BANNED_WORDS = re.compile(r"\bthirty\b|\bfive thousand\b|\bone hundred (and )?eighty\b", re.I)

problems = []
all_ids = set()


def figures(text, where):
    runs = re.findall(r"\d+", text.replace(",", ""))
    for r in runs:
        if r in BANNED_RUNS:
            problems.append(f"{where}: banned figure {r}")
        elif any(b in r for b in BANNED_RUNS):  # stricter: 300, 1800, 2030 ... also avoided
            problems.append(f"{where}: digit run {r} contains a banned figure")
    for z in BANNED_ZH:
        if z in text:
            problems.append(f"{where}: banned Chinese numeral {z}")
    if BANNED_WORDS.search(text):
        problems.append(f"{where}: banned figure in words")


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                problems.append(f"{path}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                problems.append(f"{path}:{n}: bad JSON {e}")
    return rows


for w in WORDINGS:
    W = w.upper()
    tp = os.path.join(HERE, f"traps-{w}.jsonl")
    fp = os.path.join(HERE, f"fair-{w}.jsonl")
    traps, fair = load(tp), load(fp)
    if len(traps) != 45:
        problems.append(f"{tp}: {len(traps)} lines, expected 45")
    if len(fair) != 17:
        problems.append(f"{fp}: {len(fair)} lines, expected 17")
    expected = {f"zh-T{i:02d}-{W}" for i in range(1, 35)} | {f"en-T{i:02d}-{W}" for i in range(1, 12)}
    got = set()
    for r in traps:
        for k in TRAP_FIELDS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                problems.append(f"{tp}: {r.get('id')} missing/empty {k}")
        rid = r.get("id", "")
        if rid in all_ids:
            problems.append(f"duplicate id {rid}")
        all_ids.add(rid); got.add(rid)
        m = re.fullmatch(r"(zh|en)-(T\d\d)-([A-Z]+)", rid)
        if not m or m.group(1) != r.get("lang") or m.group(2) != r.get("trap") or m.group(3) != W or r.get("wording") != W:
            problems.append(f"{tp}: inconsistent id/lang/trap/wording in {rid}")
        if r.get("family") not in FAMILIES:
            problems.append(f"{tp}: {rid} bad family {r.get('family')}")
        t = r.get("text", "")
        if "\n" in t or "\r" in t:
            problems.append(f"{tp}: {rid} newline in text")
        if r.get("client") and r["client"] not in t:
            problems.append(f"{tp}: {rid} client word {r['client']!r} not in text")
        for k in ("text", "client"):
            figures(r.get(k, ""), f"{rid}.{k}")
    if got != expected:
        problems.append(f"{tp}: ids missing {sorted(expected - got)} extra {sorted(got - expected)}")
    expected_f = {f"zh-F{W}{i:02d}" for i in range(1, 13)} | {f"en-F{W}{i:02d}" for i in range(1, 6)}
    got_f = set()
    for r in fair:
        for k in FAIR_FIELDS:
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                problems.append(f"{fp}: {r.get('id')} missing/empty {k}")
        rid = r.get("id", "")
        if rid in all_ids:
            problems.append(f"duplicate id {rid}")
        all_ids.add(rid); got_f.add(rid)
        if not rid.startswith(r.get("lang", "?") + "-"):
            problems.append(f"{fp}: {rid} lang mismatch")
        if r.get("family") not in FAMILIES:
            problems.append(f"{fp}: {rid} bad family {r.get('family')}")
        t = r.get("text", "")
        if "\n" in t or "\r" in t:
            problems.append(f"{fp}: {rid} newline in text")
        if r.get("client") and r["client"] not in t:
            problems.append(f"{fp}: {rid} client word {r['client']!r} not in text")
        for k in ("text", "client"):
            figures(r.get(k, ""), f"{rid}.{k}")
    if got_f != expected_f:
        problems.append(f"{fp}: ids missing {sorted(expected_f - got_f)} extra {sorted(got_f - expected_f)}")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
