#!/usr/bin/env python3
"""Validate traps-cw/cx.jsonl and fair-cw/cx.jsonl. Prints OK when all checks pass."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = ["CW", "CX"]
FAMILIES = {"termination", "penalty", "notice", "auto_renewal", "other"}
TRAP_FIELDS = ["id", "trap", "lang", "family", "topic", "wording", "client", "text"]
FAIR_FIELDS = ["id", "lang", "family", "topic", "client", "text"]
EXPECTED_FAMILY = {
    "zh": {1: "termination", 2: "termination", 3: "termination", 4: "penalty", 5: "penalty", 6: "notice",
           7: "auto_renewal", 8: "auto_renewal", 24: "penalty", 28: "termination", 29: "notice",
           31: "penalty", 32: "auto_renewal", 33: "termination"},
    "en": {1: "termination", 2: "termination", 3: "termination", 4: "penalty", 5: "penalty", 6: "penalty",
           7: "notice", 8: "notice", 9: "auto_renewal", 10: "auto_renewal", 11: "auto_renewal"},
}
BANNED_DIGITS = ["30", "180", "5000"]
BANNED_WORDS = ["三十", "五千", "一百八十", "thirty", "one hundred and eighty", "five thousand", "0.5w", "5k"]
errors = []

def err(msg):
    errors.append(msg)

def banned(s):
    hits = []
    for run in re.findall(r"[0-9][0-9,]*", s):
        d = run.replace(",", "")
        for b in BANNED_DIGITS:
            if b in d:
                hits.append(run)
    low = s.lower()
    for w in BANNED_WORDS:
        if w.lower() in low:
            hits.append(w)
    return hits

def load(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err(f"{path}:{n} blank line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{n} bad JSON: {e}")
    return rows

all_ids = set()
for w in WORDINGS:
    wl = w.lower()
    tp = os.path.join(HERE, f"traps-{wl}.jsonl")
    fp = os.path.join(HERE, f"fair-{wl}.jsonl")
    traps, fair = load(tp), load(fp)
    if len(traps) != 45: err(f"{tp}: {len(traps)} lines, want 45")
    if len(fair) != 17: err(f"{fp}: {len(fair)} lines, want 17")
    want_tr = {f"zh-T{i:02d}-{w}" for i in range(1, 35)} | {f"en-T{i:02d}-{w}" for i in range(1, 12)}
    want_fa = {f"zh-F{w}{i:02d}" for i in range(1, 13)} | {f"en-F{w}{i:02d}" for i in range(1, 6)}
    got_tr = [r.get("id") for r in traps]; got_fa = [r.get("id") for r in fair]
    if set(got_tr) != want_tr: err(f"{tp}: id set mismatch: missing {sorted(want_tr-set(got_tr))} extra {sorted(set(got_tr)-want_tr)}")
    if set(got_fa) != want_fa: err(f"{fp}: id set mismatch: missing {sorted(want_fa-set(got_fa))} extra {sorted(set(got_fa)-want_fa)}")
    for rows, fields, path in [(traps, TRAP_FIELDS, tp), (fair, FAIR_FIELDS, fp)]:
        for r in rows:
            rid = r.get("id", "?")
            for f in fields:
                if f not in r or not isinstance(r[f], str) or not r[f].strip():
                    err(f"{path} {rid}: missing/empty field {f}")
            if rid in all_ids: err(f"duplicate id {rid}")
            all_ids.add(rid)
            if r.get("family") not in FAMILIES: err(f"{rid}: bad family {r.get('family')}")
            if r.get("lang") not in ("zh", "en"): err(f"{rid}: bad lang")
            if not rid.startswith(r.get("lang", "") + "-"): err(f"{rid}: lang prefix mismatch")
            t = r.get("text", "")
            if "\n" in t or "\r" in t: err(f"{rid}: newline in text")
            if r.get("client") and r["client"] not in t: err(f"{rid}: client word {r['client']!r} not in text")
            # ids/trap numbers and the trap list's own topic wording are fixed labels; check clause text
            # (and the free-text topic of fair items)
            for k in (["text"] if rows is traps else ["text", "topic"]):
                h = banned(r.get(k, ""))
                if h: err(f"{rid}: banned figure in {k}: {h}")
    for r in traps:
        rid = r.get("id", "?")
        m = re.match(r"(zh|en)-T(\d\d)-", rid)
        if not m: continue
        lang, num = m.group(1), int(m.group(2))
        if r.get("trap") != f"T{num:02d}": err(f"{rid}: trap field {r.get('trap')}")
        if r.get("wording") != w: err(f"{rid}: wording field {r.get('wording')}")
        exp = EXPECTED_FAMILY[lang].get(num, "other")
        if r.get("family") != exp: err(f"{rid}: family {r.get('family')} want {exp}")
    # roles: items where the merchant is 乙方 (agency is 甲方)
    zt = [r for r in traps if r.get("lang") == "zh" and r.get("client") == "乙方"]
    zf = [r for r in fair if r.get("lang") == "zh" and r.get("client") == "乙方"]
    if not 8 <= len(zt) <= 12: err(f"{w}: {len(zt)} zh traps with agency=甲方, want 8-12")
    if not 2 <= len(zf) <= 3: err(f"{w}: {len(zf)} zh fair with agency=甲方, want 2-3")
    for r in zt + zf:
        if "甲方（" not in r["text"] and "乙方（" not in r["text"]:
            err(f"{r['id']}: role not made visible in text")
    print(f"{w}: traps={len(traps)} fair={len(fair)} agency-甲方 zh traps={len(zt)} fair={len(zf)}")

if errors:
    for e in errors: print("ERROR:", e)
    sys.exit(1)
print("OK")
