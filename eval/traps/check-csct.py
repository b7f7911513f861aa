#!/usr/bin/env python3
"""Validate traps-<w>.jsonl / fair-<w>.jsonl for wordings CS and CT."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = ["CS", "CT"]
FAMILIES = {"termination", "penalty", "notice", "auto_renewal", "other"}
TRAP_FIELDS = ["id", "trap", "lang", "family", "topic", "wording", "client", "text"]
FAIR_FIELDS = ["id", "lang", "family", "topic", "client", "text"]
EXPECTED_TRAPS = [f"zh-T{n:02d}" for n in range(1, 35)] + [f"en-T{n:02d}" for n in range(1, 12)]
BANNED_RUNS = {"30", "5000", "180"}
BANNED_ZH = ["三十", "五千", "一百八十", "叁拾", "伍仟", "壹佰捌拾", "百八十", "5千", "0.5万"]
BANNED_RE = [re.compile(r"(?<![0-9a-z])5k\b", re.I), re.compile(r"0\.5\s*w\b", re.I)]

errors = []

def err(msg):
    errors.append(msg)

def banned(where, text):
    norm = unicodedata.normalize("NFKC", text)
    nocomma = norm.replace(",", "")
    for run in re.findall(r"\d+", nocomma):
        if run in BANNED_RUNS:
            err(f"{where}: banned figure {run}")
    for w in BANNED_ZH:
        if w in norm:
            err(f"{where}: banned figure {w}")
    for r in BANNED_RE:
        if r.search(norm):
            err(f"{where}: banned figure {r.pattern}")

def load(path):
    rows = []
    if not os.path.exists(path):
        err(f"missing file {path}")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{i}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{i}: bad JSON {e}")
    return rows

all_ids = set()
for w in WORDINGS:
    wl = w.lower()
    tp = os.path.join(HERE, f"traps-{wl}.jsonl")
    fp = os.path.join(HERE, f"fair-{wl}.jsonl")
    traps, fairs = load(tp), load(fp)
    if len(traps) != 45:
        err(f"{tp}: {len(traps)} lines, expected 45")
    if len(fairs) != 17:
        err(f"{fp}: {len(fairs)} lines, expected 17")
    seen = []
    for o in traps:
        where = f"{w} {o.get('id')}"
        for k in TRAP_FIELDS:
            if k not in o or not isinstance(o[k], str) or not o[k].strip():
                err(f"{where}: field {k} missing/empty")
        if o.get("family") not in FAMILIES:
            err(f"{where}: bad family {o.get('family')}")
        if o.get("wording") != w:
            err(f"{where}: wording {o.get('wording')} != {w}")
        lang, trap = o.get("lang"), o.get("trap")
        if lang not in ("zh", "en"):
            err(f"{where}: bad lang")
        if o.get("id") != f"{lang}-{trap}-{w}":
            err(f"{where}: id does not match lang/trap/wording")
        seen.append(f"{lang}-{trap}")
    if sorted(seen) != sorted(EXPECTED_TRAPS):
        err(f"{w}: trap set mismatch: missing {set(EXPECTED_TRAPS)-set(seen)}, extra {set(seen)-set(EXPECTED_TRAPS)}")
    expected_fair = [f"zh-F{w}{i:02d}" for i in range(1, 13)] + [f"en-F{w}{i:02d}" for i in range(1, 6)]
    fair_ids = []
    for o in fairs:
        where = f"{w} {o.get('id')}"
        for k in FAIR_FIELDS:
            if k not in o or not isinstance(o[k], str) or not o[k].strip():
                err(f"{where}: field {k} missing/empty")
        if o.get("family") not in FAMILIES:
            err(f"{where}: bad family {o.get('family')}")
        if o.get("lang") not in ("zh", "en") or not str(o.get("id", "")).startswith(o.get("lang", "?") + "-"):
            err(f"{where}: lang/id mismatch")
        fair_ids.append(o.get("id"))
    if sorted(fair_ids) != sorted(expected_fair):
        err(f"{w}: fair id set mismatch")
    for o in traps + fairs:
        i = o.get("id")
        if i in all_ids:
            err(f"duplicate id {i}")
        all_ids.add(i)
        t = o.get("text", "")
        if "\n" in t or "\r" in t:
            err(f"{w} {i}: newline inside text")
        # figures rule applies to the clause text and the client word
        # (ids such as zh-T30 and the trap list's own topic strings are fixed labels)
        for k in ("text", "client"):
            if isinstance(o.get(k), str):
                banned(f"{w} {i}.{k}", o[k])
        if o.get("lang") == "zh" and o.get("client") and o["client"] not in t:
            err(f"{w} {i}: client word {o['client']!r} not in text")
        if o.get("lang") == "en" and o.get("client") and not re.search(r"\b" + re.escape(o["client"]) + r"\b", t):
            err(f"{w} {i}: client word {o['client']!r} not in text")
    # raw-file check too (ensure_ascii=False means figures are visible in the file)
    for p in (tp, fp):
        if os.path.exists(p):
            raw = open(p, encoding="utf-8").read()
            if "\\u" in raw:
                err(f"{p}: contains \\u escapes (write with ensure_ascii=False)")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
