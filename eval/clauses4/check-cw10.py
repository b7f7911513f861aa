#!/usr/bin/env python3
"""Validate clauses-cw10.jsonl: JSON per line, unique ids, required keys, value types,
quotas per family x kind, forbidden figures, figure reuse (<= 3 clauses per figure+unit),
sentence shape and near-duplicates. Exit code 0 only when everything passes."""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATH = HERE / "clauses-cw10.jsonl"
PREFIX = "cw10-"

QUOTAS = {
    ("termination", "positive"): 25, ("termination", "negative"): 20,
    ("penalty", "positive"): 25, ("penalty", "negative"): 20,
    ("notice", "positive"): 20, ("notice", "negative"): 15,
    ("auto_renewal", "positive"): 12, ("auto_renewal", "negative"): 13,
}
REQUIRED = ["id", "lang", "family", "kind", "style", "client", "text", "values"]
HOLDERS = {"client", "provider", "either", "both", "none"}

errors = []


def err(msg):
    errors.append(msg)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def num_or_blank(v):
    return is_num(v) or v == "blank"


def check_values(rid, fam, kind, vals):
    if not isinstance(vals, dict):
        err(f"{rid}: values is not an object")
        return
    if kind == "negative":
        if vals:
            err(f"{rid}: negative must carry empty values")
        return
    if fam == "termination":
        extra = set(vals) - {"holder"}
        if extra:
            err(f"{rid}: unexpected termination keys {extra}")
        if "holder" in vals and vals["holder"] not in HOLDERS:
            err(f"{rid}: bad holder {vals['holder']!r}")
    elif fam == "penalty":
        extra = set(vals) - {"percent", "per_day", "amount", "floor", "base"}
        if extra:
            err(f"{rid}: unexpected penalty keys {extra}")
        for k in ("percent", "amount", "floor"):
            if k in vals and not num_or_blank(vals[k]):
                err(f"{rid}: {k} must be a number or 'blank'")
        if "per_day" in vals and not isinstance(vals["per_day"], bool):
            err(f"{rid}: per_day must be boolean")
        if "base" in vals and not (isinstance(vals["base"], str) and vals["base"].strip()):
            err(f"{rid}: base must be a non-empty string")
    elif fam == "notice":
        if set(vals) != {"notice_days"}:
            err(f"{rid}: notice positive needs exactly notice_days")
        elif not ((isinstance(vals["notice_days"], int) and not isinstance(vals["notice_days"], bool)
                   and vals["notice_days"] > 0) or vals["notice_days"] == "blank"):
            err(f"{rid}: notice_days must be a positive int or 'blank'")
    elif fam == "auto_renewal":
        extra = set(vals) - {"renewal_term_days"}
        if extra:
            err(f"{rid}: unexpected auto_renewal keys {extra}")
        if "renewal_term_days" in vals:
            v = vals["renewal_term_days"]
            if not (isinstance(v, int) and not isinstance(v, bool) and v > 0):
                err(f"{rid}: renewal_term_days must be a positive int")


# ---- figure extraction (number + unit) for the reuse rule ----
UNITS = {
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "percent": "%", "%": "%",
}
WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
TOKEN = re.compile(r"\$[\d,]+(?:\.\d+)?|£[\d,]+(?:\.\d+)?|\d[\d,]*(?:\.\d+)?%?|[A-Za-z]+(?:-[A-Za-z]+)?|%|\(|\)|'")


def words_value(toks, i):
    """Parse an English number starting at toks[i]; return (value, next_index) or (None, i)."""
    total, cur, j, seen = 0, 0, i, False
    while j < len(toks):
        t = toks[j].lower()
        parts = t.split("-")
        if all(p in WORDS for p in parts):
            cur += sum(WORDS[p] for p in parts)
            seen = True
        elif t == "hundred" and seen:
            cur *= 100
        elif t == "thousand" and seen:
            total += cur * 1000
            cur = 0
        elif t == "and" and seen and j + 1 < len(toks) and toks[j + 1].lower().split("-")[0] in WORDS:
            pass
        else:
            break
        j += 1
    return (total + cur, j) if seen else (None, i)


def figures(text):
    toks = TOKEN.findall(text)
    out = set()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] in "$£":
            out.add((float(t[1:].replace(",", "")), "money"))
            i += 1
            continue
        val, j = None, i
        if t[0].isdigit():
            if t.endswith("%"):
                out.add((float(t[:-1].replace(",", "")), "%"))
                i += 1
                continue
            val, j = float(t.replace(",", "")), i + 1
        else:
            v, j2 = words_value(toks, i)
            if v is not None:
                val, j = float(v), j2
        if val is None:
            i += 1
            continue
        # skip a parenthesised repeat "(30)" and possessive / qualifiers before the unit
        k = j
        if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")":
            k += 3
        while k < len(toks) and toks[k].lower() in {"full", "calendar", "business", "consecutive", "'", "s"}:
            k += 1
        if k < len(toks):
            u = toks[k].lower().rstrip("'")
            if u.endswith("s'"):
                u = u[:-1]
            if u in UNITS:
                out.add((val, UNITS[u]))
        i = max(j, i + 1)
    return out


def main():
    if not PATH.exists():
        print(f"missing {PATH}")
        sys.exit(1)
    ids, texts = set(), []
    counts = Counter()
    fig_use = defaultdict(list)
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")
            continue
        missing = [k for k in REQUIRED if k not in r]
        if missing:
            err(f"line {n}: missing keys {missing}")
            continue
        rid = r["id"]
        if not isinstance(rid, str) or not rid.startswith(PREFIX):
            err(f"line {n}: id must start with {PREFIX}")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        if r["lang"] != "en":
            err(f"{rid}: lang must be 'en' for this set")
        if (r["family"], r["kind"]) not in QUOTAS:
            err(f"{rid}: bad family/kind {r['family']}/{r['kind']}")
            continue
        for k in ("style", "client", "text"):
            if not isinstance(r[k], str):
                err(f"{rid}: {k} must be a string")
        if not r["style"].strip():
            err(f"{rid}: empty style")
        text = r["text"]
        if not re.match(r"^(\([a-z0-9ivx]+\)\s+)?[A-Z]", text):
            err(f"{rid}: text should start with a capital letter (optionally after a list marker)")
        if not text.endswith("."):
            err(f"{rid}: text should be a full sentence ending with '.'")
        if len(text.split()) < 12:
            err(f"{rid}: text too short to be a full clause")
        if re.search(r"\b30\s*%|thirty percent|\b5,?000\b|\b180\b|one hundred eighty|six \(6\) months|six months|6 months",
                     text, re.I):
            err(f"{rid}: uses a forbidden figure (30%, 5000, 180 days / six months)")
        check_values(rid, r["family"], r["kind"], r["values"])
        counts[(r["family"], r["kind"])] += 1
        texts.append((rid, text))
        for fig in figures(text):
            fig_use[fig].append(rid)

    for key, want in QUOTAS.items():
        if counts[key] != want:
            err(f"quota {key}: have {counts[key]}, want {want}")

    for fig, rids in sorted(fig_use.items()):
        if len(rids) > 3:
            err(f"figure {fig[0]:g} {fig[1]} used in {len(rids)} clauses: {', '.join(rids)}")

    # duplicates / clauses differing by at most one word
    norm = [(rid, re.findall(r"\w+", t.lower())) for rid, t in texts]
    for a in range(len(norm)):
        for b in range(a + 1, len(norm)):
            wa, wb = norm[a][1], norm[b][1]
            if abs(len(wa) - len(wb)) > 1:
                continue
            if len(wa) == len(wb):
                diff = sum(x != y for x, y in zip(wa, wb))
            else:
                s, l = (wa, wb) if len(wa) < len(wb) else (wb, wa)
                diff = min(sum(x != y for x, y in zip(s, l[:i] + l[i + 1:])) for i in range(len(l))) + 1
            if diff <= 1:
                err(f"{norm[a][0]} and {norm[b][0]} differ by at most one word")

    print(f"{sum(counts.values())} clauses")
    for key in QUOTAS:
        print(f"  {key[0]:13s} {key[1]:8s} {counts[key]:3d} / {QUOTAS[key]}")
    top = sorted(fig_use.items(), key=lambda kv: -len(kv[1]))[:8]
    print("most used figures:", ", ".join(f"{f[0]:g} {f[1]} x{len(r)}" for f, r in top))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
