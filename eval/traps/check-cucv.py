#!/usr/bin/env python3
"""Validate traps-cu/cv.jsonl and fair-cu/cv.jsonl. Prints OK when everything passes."""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
WORDINGS = ["cu", "cv"]
FAMILIES = {"termination", "penalty", "notice", "auto_renewal", "other"}
TRAP_FAMILY = {
    **{f"zh-T{n:02d}": f for n, f in enumerate(
        ["termination", "termination", "termination", "penalty", "penalty", "notice",
         "auto_renewal", "auto_renewal", "other", "other", "other", "other", "other",
         "other", "other", "other", "other", "other", "other", "other", "other", "other",
         "other", "penalty", "other", "other", "other", "termination", "notice", "other",
         "penalty", "auto_renewal", "termination", "other"], start=1)},
    **{f"en-T{n:02d}": f for n, f in enumerate(
        ["termination", "termination", "termination", "penalty", "penalty", "penalty",
         "notice", "notice", "auto_renewal", "auto_renewal", "auto_renewal"], start=1)},
}
ZH_CLIENTS = {"甲方", "乙方", "委托方", "商家", "您", "用户", "老板", "店主", "店家", "客户", "你方",
              "你们", "贵司", "店铺方", "品牌方", "客户方", "卖家", "商户", "贵方", "学员", "Brand"}
TRAP_KEYS = {"id", "trap", "lang", "family", "topic", "wording", "client", "text"}
FAIR_KEYS = {"id", "lang", "family", "topic", "client", "text"}
BANNED_NUM = {"30", "5000", "180"}
BANNED_ZH = ["三十", "五千", "一百八十", "伍仟", "叁拾", "壹佰捌拾"]
BANNED_EN = re.compile(r"\bthirty\b|\bfive thousand\b|\bone hundred and eighty\b|\b5k\b|0\.5w", re.I)

errors = []
def err(msg): errors.append(msg)

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{ln} blank line"); continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err(f"{path}:{ln} bad JSON: {e}")
    return rows

def check_text(rid, text):
    if not isinstance(text, str) or not text.strip():
        err(f"{rid}: empty text"); return
    if "\n" in text or "\r" in text:
        err(f"{rid}: newline inside text")
    for run in re.findall(r"\d[\d,]*", text):
        digits = run.replace(",", "")
        if digits in BANNED_NUM:
            err(f"{rid}: banned figure {run}")
    for b in BANNED_ZH:
        if b in text:
            err(f"{rid}: banned Chinese figure {b}")
    if BANNED_EN.search(text):
        err(f"{rid}: banned English figure {BANNED_EN.search(text).group(0)}")

def check_client(rid, lang, client, text):
    if not client:
        err(f"{rid}: empty client"); return
    if lang == "zh":
        if client not in ZH_CLIENTS and not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", client):
            err(f"{rid}: unexpected zh client {client!r}")
    if client not in text:
        err(f"{rid}: client word {client!r} not found in text")

all_ids = set()
for w in WORDINGS:
    W = w.upper()
    tp = os.path.join(HERE, f"traps-{w}.jsonl")
    fp = os.path.join(HERE, f"fair-{w}.jsonl")
    traps, fairs = load(tp), load(fp)
    if len(traps) != 45: err(f"{tp}: {len(traps)} lines, want 45")
    if len(fairs) != 17: err(f"{fp}: {len(fairs)} lines, want 17")
    expected = {f"{k}-{W}" for k in TRAP_FAMILY}
    seen = set()
    for r in traps:
        rid = r.get("id", "?")
        missing = TRAP_KEYS - set(r)
        if missing: err(f"{rid}: missing fields {missing}")
        if rid in all_ids: err(f"{rid}: duplicate id")
        all_ids.add(rid); seen.add(rid)
        key = rid.rsplit("-", 1)[0]
        if key not in TRAP_FAMILY: err(f"{rid}: unknown trap id"); continue
        lang, t = key.split("-")
        if r.get("lang") != lang: err(f"{rid}: lang {r.get('lang')} != {lang}")
        if r.get("trap") != t: err(f"{rid}: trap {r.get('trap')} != {t}")
        if r.get("wording") != W: err(f"{rid}: wording {r.get('wording')} != {W}")
        if r.get("family") != TRAP_FAMILY[key]: err(f"{rid}: family {r.get('family')} != {TRAP_FAMILY[key]}")
        if not r.get("topic"): err(f"{rid}: empty topic")
        check_text(rid, r.get("text", ""))
        check_client(rid, lang, r.get("client", ""), r.get("text", ""))
    if seen != expected:
        err(f"{tp}: missing ids {sorted(expected - seen)} extra {sorted(seen - expected)}")
    fexp = {f"zh-F{W}{i:02d}" for i in range(1, 13)} | {f"en-F{W}{i:02d}" for i in range(1, 6)}
    fseen = set()
    for r in fairs:
        rid = r.get("id", "?")
        missing = FAIR_KEYS - set(r)
        if missing: err(f"{rid}: missing fields {missing}")
        if rid in all_ids: err(f"{rid}: duplicate id")
        all_ids.add(rid); fseen.add(rid)
        if r.get("family") not in FAMILIES: err(f"{rid}: bad family {r.get('family')}")
        lang = rid.split("-")[0]
        if r.get("lang") != lang: err(f"{rid}: lang mismatch")
        if not r.get("topic"): err(f"{rid}: empty topic")
        check_text(rid, r.get("text", ""))
        check_client(rid, lang, r.get("client", ""), r.get("text", ""))
    if fseen != fexp:
        err(f"{fp}: missing ids {sorted(fexp - fseen)} extra {sorted(fseen - fexp)}")

# README must not contain banned figures either? It may mention them as rules; not checked.
if errors:
    print("\n".join(errors)); print(f"FAILED ({len(errors)} problems)"); sys.exit(1)
print("OK")
