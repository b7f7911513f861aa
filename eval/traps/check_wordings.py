# -*- coding: utf-8 -*-
"""Validate traps-<w>.jsonl / fair-<w>.jsonl for the wordings named on the command line (python3 check_wordings.py es et).
The checker the blind writers of wordings EO to FD ran (each on its own pair). Prints OK when all checks pass."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = [w.lower() for w in sys.argv[1:]]
if not WORDINGS:
    sys.exit("usage: check_wordings.py WORDING [WORDING ...]   (e.g. es et)")
FAMILIES = {"termination", "penalty", "notice", "auto_renewal", "other"}
ZH_TRAPS = [f"T{i:02d}" for i in range(1, 35)]
EN_TRAPS = [f"T{i:02d}" for i in range(1, 12)]
TRAP_FIELDS = ["id", "trap", "lang", "family", "topic", "wording", "client", "text"]
FAIR_FIELDS = ["id", "lang", "family", "topic", "client", "text"]
EXPECTED_FAMILY = {
    "zh": dict(zip(ZH_TRAPS, "termination termination termination penalty penalty notice auto_renewal auto_renewal other other other other other other other other other other other other other other other penalty other other other termination notice other penalty auto_renewal termination other".split())),
    "en": dict(zip(EN_TRAPS, "termination termination termination penalty penalty penalty notice notice auto_renewal auto_renewal auto_renewal".split())),
}
BANNED_RUNS = ["30", "5000", "180"]          # flagged if a digit run equals or contains them
BANNED_WORDS = ["三十", "五千", "一百八十", "thirty", "five thousand", "one hundred and eighty",
                "one hundred eighty", "5k", "0.5w"]
ZH_CLIENT_WORDS = {"甲方", "乙方", "委托方", "商家", "您", "用户", "老板", "店主", "店家", "客户", "你方", "你们",
                   "贵司", "店铺方", "品牌方", "客户方", "卖家", "商户", "贵方", "学员", "Brand"}

errors = []


def err(msg):
    errors.append(msg)


def banned_figures(s, where):
    # drop thousands separators between digits (also Indian lakh style 2,40,000)
    t = re.sub(r"(?<=\d),(?=\d)", "", s)
    for run in re.findall(r"\d+", t):
        for b in BANNED_RUNS:
            if b in run:
                err(f"{where}: banned figure {b} in digit run {run}")
    low = s.lower()
    for wd in BANNED_WORDS:
        if wd in low:
            err(f"{where}: banned word {wd!r}")


def load(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err(f"{path}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{n}: bad JSON {e}")
    return rows


all_ids = set()
for w in WORDINGS:
    W = w.upper()
    tp = os.path.join(HERE, f"traps-{w}.jsonl")
    fp = os.path.join(HERE, f"fair-{w}.jsonl")
    traps, fairs = load(tp), load(fp)
    if len(traps) != 45:
        err(f"{tp}: {len(traps)} lines, want 45")
    if len(fairs) != 17:
        err(f"{fp}: {len(fairs)} lines, want 17")
    # traps
    seen = {"zh": [], "en": []}
    agency_first = 0
    for r in traps:
        rid = r.get("id", "?")
        for f in TRAP_FIELDS:
            if not isinstance(r.get(f), str) or not r.get(f).strip():
                err(f"{rid}: missing/empty field {f}")
        if set(r) - set(TRAP_FIELDS):
            err(f"{rid}: extra fields {set(r) - set(TRAP_FIELDS)}")
        lang, trap = r.get("lang"), r.get("trap")
        if lang not in ("zh", "en"):
            err(f"{rid}: bad lang"); continue
        if rid != f"{lang}-{trap}-{W}":
            err(f"{rid}: id does not match lang/trap/wording")
        if r.get("wording") != W:
            err(f"{rid}: wording {r.get('wording')} != {W}")
        if r.get("family") not in FAMILIES:
            err(f"{rid}: bad family {r.get('family')}")
        elif EXPECTED_FAMILY[lang].get(trap) != r.get("family"):
            err(f"{rid}: family {r.get('family')} != trap list {EXPECTED_FAMILY[lang].get(trap)}")
        seen[lang].append(trap)
        text = r.get("text", "")
        if "\n" in text or "\r" in text:
            err(f"{rid}: newline in text")
        banned_figures(text, rid)
        banned_figures(r.get("topic", "").replace("180 days", ""), rid + " topic")
        c = r.get("client", "")
        if c and c not in text:
            err(f"{rid}: client word {c!r} not found in text")
        if lang == "zh":
            if c not in ZH_CLIENT_WORDS:
                err(f"{rid}: client {c!r} not in allowed Chinese list")
            if c == "乙方":
                agency_first += 1
                if not re.search(r"甲方（(运营方|受托方|服务方)）", text):
                    err(f"{rid}: client 乙方 but agency role of 甲方 not visible")
            if c == "甲方" and not re.search(r"甲方（(商家|委托方)）", text):
                err(f"{rid}: client 甲方 but merchant role not visible")
    if sorted(seen["zh"]) != ZH_TRAPS:
        err(f"{W}: zh traps {sorted(seen['zh'])} != T01..T34")
    if sorted(seen["en"]) != EN_TRAPS:
        err(f"{W}: en traps {sorted(seen['en'])} != T01..T11")
    if not 8 <= agency_first <= 12:
        err(f"{W}: {agency_first} zh traps with agency as 甲方, want 8-12")
    # fairs
    fair_agency = 0
    nz = ne = 0
    for r in fairs:
        rid = r.get("id", "?")
        for f in FAIR_FIELDS:
            if not isinstance(r.get(f), str) or not r.get(f).strip():
                err(f"{rid}: missing/empty field {f}")
        if set(r) - set(FAIR_FIELDS):
            err(f"{rid}: extra fields {set(r) - set(FAIR_FIELDS)}")
        lang = r.get("lang")
        if lang == "zh":
            nz += 1
            if rid != f"zh-F{W}{nz:02d}":
                err(f"{rid}: expected zh-F{W}{nz:02d}")
            if r.get("client") not in ZH_CLIENT_WORDS:
                err(f"{rid}: client not in allowed Chinese list")
            if r.get("client") == "乙方":
                fair_agency += 1
        elif lang == "en":
            ne += 1
            if rid != f"en-F{W}{ne:02d}":
                err(f"{rid}: expected en-F{W}{ne:02d}")
        else:
            err(f"{rid}: bad lang")
        if r.get("family") not in FAMILIES:
            err(f"{rid}: bad family {r.get('family')}")
        text = r.get("text", "")
        if "\n" in text or "\r" in text:
            err(f"{rid}: newline in text")
        if r.get("client") and r.get("client") not in text:
            err(f"{rid}: client word not in text")
        banned_figures(text, rid)
        banned_figures(r.get("topic", ""), rid + " topic")
    if (nz, ne) != (12, 5):
        err(f"{W}: fair counts zh={nz} en={ne}, want 12/5")
    if not 2 <= fair_agency <= 3:
        err(f"{W}: {fair_agency} zh fair clauses with agency as 甲方, want 2-3")
    for r in traps + fairs:
        if r.get("id") in all_ids:
            err(f"duplicate id {r.get('id')}")
        all_ids.add(r.get("id"))

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
