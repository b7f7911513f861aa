#!/usr/bin/env python3
"""Scores ClauseGuard's key terms on single labelled clauses (eval/clauses, written without seeing the rules).

Each clause is put in a minimal contract (a title, the parties with their roles, the clause) and scanned. A positive
clause of family f is found when the report has a key term or a risk finding of f on the clause's paragraph; a hard
negative is quoted when it has one. For notice positives with a stated period, the key term's days are compared.

Sets: eval/clauses/clauses.jsonl (the first writer's, reported as "first"), every eval/clauses2/clauses-*.jsonl
(one blind writer each, reported together as "clauses2"), every eval/clauses3/clauses-*.jsonl (reported as
"clauses3"), every eval/clauses4/clauses-*.jsonl ("clauses4"), every eval/clauses5/clauses-*.jsonl ("clauses5"), every eval/clauses6/clauses-*.jsonl ("clauses6"), every
eval/clauses7/clauses-*.jsonl ("clauses7"), every eval/clauses8/clauses-*.jsonl ("clauses8"), every
eval/clauses9/clauses-*.jsonl ("clauses9"), every eval/clauses10/clauses-*.jsonl ("clauses10"), every
eval/clauses11/clauses-*.jsonl ("clauses11"), every eval/clauses12/clauses-*.jsonl ("clauses12"), every
eval/clauses13/clauses-*.jsonl ("clauses13"), every eval/clauses14/clauses-*.jsonl ("clauses14"), every
eval/clauses15/clauses-*.jsonl ("clauses15"), every eval/clauses16/clauses-*.jsonl ("clauses16"), every eval/clauses17/clauses-*.jsonl ("clauses17"), every eval/clauses18/clauses-*.jsonl ("clauses18") every eval/clauses19/clauses-*.jsonl ("clauses19"), every eval/clauses20/clauses-*.jsonl ("clauses20"), every eval/clauses21/clauses-*.jsonl ("clauses21"), every eval/clauses22/clauses-*.jsonl ("clauses22"), every eval/clauses23/clauses-*.jsonl ("clauses23"), every eval/clauses24/clauses-*.jsonl ("clauses24"), every eval/clauses25/clauses-*.jsonl ("clauses25"), every eval/clauses26/clauses-*.jsonl ("clauses26"), every eval/clauses27/clauses-*.jsonl ("clauses27") and every eval/clauses28/clauses-*.jsonl ("clauses28"), every eval/clauses29/clauses-*.jsonl ("clauses29"), every eval/clauses30/clauses-*.jsonl ("clauses30"), every eval/clauses31/clauses-*.jsonl ("clauses31"), every eval/clauses32/clauses-*.jsonl ("clauses32"), every eval/clauses33/clauses-*.jsonl ("clauses33"), every eval/clauses34/clauses-*.jsonl ("clauses34"), every eval/clauses35/clauses-*.jsonl ("clauses35"), every eval/clauses36/clauses-*.jsonl ("clauses36"), every eval/clauses37/clauses-*.jsonl ("clauses37"), every eval/clauses38/clauses-*.jsonl ("clauses38"). Splits: within each file × language × family × kind, clauses
ordered by the sha256 of their id, every third starting with the 2nd is held out (about a third); a file added later
never moves a clause of another file between splits. `--show-misses` lists misses and quoted negatives of the tune
split only.

    python3 scripts/clauses.py [--binary .build/debug/clauseguard] [--json OUT] [--show-misses]
"""
import argparse, collections, datetime, hashlib, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST_SET = os.path.join(ROOT, "eval", "clauses", "clauses.jsonl")
LATER_SETS = ("clauses2", "clauses3", "clauses4", "clauses5", "clauses6", "clauses7", "clauses8", "clauses9", "clauses10", "clauses11", "clauses12", "clauses13", "clauses14", "clauses15", "clauses16", "clauses17", "clauses18", "clauses19", "clauses20", "clauses21", "clauses22", "clauses23", "clauses24", "clauses25", "clauses26", "clauses27", "clauses28", "clauses29", "clauses30", "clauses31", "clauses32", "clauses33", "clauses34", "clauses35", "clauses36", "clauses37", "clauses38")
FAMILIES = ("termination", "penalty", "notice", "auto_renewal")


def contract(item):
    """The clause after a preamble that says who is who; returns (text, paragraph of the clause, 1-based)."""
    if item["lang"] == "zh":
        lines = ["合同", "甲方（委托方）：某某有限公司", "乙方（服务方）：某某有限公司", item["text"]]
    else:
        lines = ["AGREEMENT", 'This Agreement is made between Acme Inc. ("Customer") and Northwind LLC ("Provider").', item["text"]]
    return "\n".join(lines) + "\n", len(lines)


def clause_files():
    """(set name, path) of every clause file: the first set, then each later set's files in name order."""
    files = [("first", FIRST_SET)]
    for name in LATER_SETS:
        folder = os.path.join(ROOT, "eval", name)
        later = sorted(f for f in os.listdir(folder) if f.startswith("clauses-") and f.endswith(".jsonl")) \
            if os.path.isdir(folder) else []
        files += [(name, os.path.join(folder, f)) for f in later]
    return files


def splits(items):
    """id → "tune" | "heldout": within each file × language × family × kind, by sha256 of the id, every third from
    the 2nd."""
    groups = collections.defaultdict(list)
    for item in items:
        groups[(item.get("file"), item["lang"], item["family"], item["kind"])].append(item["id"])
    out = {}
    for ids in groups.values():
        for n, i in enumerate(sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())):
            out[i] = "heldout" if n % 3 == 1 else "tune"
    return out


def items_on(report, paragraph, family):
    """Key terms and risk findings of `family` on the paragraph."""
    out = [t for t in report.get("keyTerms", []) or [] if t.get("family") == family
           and (t.get("location") or {}).get("paragraph") == paragraph]
    out += [f for f in report.get("findings", []) if f.get("kind") == "match" and f.get("family") == family
            and f.get("severity") != "info" and (f.get("location") or {}).get("paragraph") == paragraph]
    return out


def notice_days(found):
    for t in found:
        days = ((t.get("values") or {}).get("notice") or {}).get("days")
        if days is not None:
            return days
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "clauseguard"))
    parser.add_argument("--json", help="write the figures as JSON to this file")
    parser.add_argument("--show-misses", action="store_true", help="list tune misses and quoted tune negatives")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"clauses: {binary}: no such binary (build it first)")
    items = []
    for set_name, path in clause_files():
        with open(path, encoding="utf-8") as f:
            items += [dict(json.loads(line), set=set_name, file=os.path.basename(path)) for line in f if line.strip()]
    if len({i["id"] for i in items}) != len(items):
        sys.exit("clauses: clause ids are not unique across the clause files")
    split_of = splits(items)
    env = dict(os.environ)
    env.setdefault("CLAUSEGUARD_RULES", os.path.join(ROOT, "Rules"))
    with tempfile.TemporaryDirectory() as folder:
        paragraph = {}
        for item in items:
            text, paragraph[item["id"]] = contract(item)
            with open(os.path.join(folder, item["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        run = subprocess.run([binary, "scan", folder, "--format", "json", "--jobs", "2", "--quiet"], env=env,
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit(f"clauses: clauseguard exited {run.returncode}: {run.stderr.strip()[:300]}")
        reports = {os.path.basename(c["path"])[:-4]: c for c in json.loads(run.stdout)["contracts"]}

    figures = {"date": datetime.date.today().isoformat(), "rows": {}}
    misses = []
    print("| set | lang | split | family | positives found | notice days exact | hard negatives quoted |")
    print("|---|---|---|---|---|---|---|")
    for set_name, lang, split, family in ((s, l, sp, f) for s in dict.fromkeys(i["set"] for i in items)
                                          for l in ("zh", "en") for sp in ("tune", "heldout") for f in FAMILIES):
        group = [i for i in items if i["set"] == set_name and i["lang"] == lang and i["family"] == family
                 and split_of[i["id"]] == split]
        if not group:
            continue
        pos = [i for i in group if i["kind"] == "positive"]
        neg = [i for i in group if i["kind"] == "negative"]
        found = exact = timed = quoted = 0
        for i in pos:
            on = items_on(reports[i["id"]], paragraph[i["id"]], family)
            found += bool(on)
            want = (i.get("values") or {}).get("notice_days")
            if family == "notice" and isinstance(want, (int, float)):
                timed += 1
                exact += notice_days(on) == want
            if not on and split == "tune":
                misses.append(f"  MISS {i['id']} [{family}] {i['text'][:120]}")
        for i in neg:
            on = items_on(reports[i["id"]], paragraph[i["id"]], family)
            quoted += bool(on)
            if on and split == "tune":
                misses.append(f"  QUOTED {i['id']} [{family}] {i['text'][:120]}")
        days_cell = f"{exact}/{timed}" if family == "notice" else ""
        print(f"| {set_name} | {lang} | {split} | {family} | {found}/{len(pos)} = {found / max(1, len(pos)):.2f} | {days_cell} | {quoted}/{len(neg)} |")
        key = f"{lang}/{split}/{family}" if set_name == "first" else f"{set_name}/{lang}/{split}/{family}"
        figures["rows"][key] = {"found": found, "of": len(pos), "quoted": quoted,
                                                        "negatives": len(neg), "days_exact": exact, "days_of": timed}
    if args.show_misses:
        print("\nTune misses and quoted negatives:")
        print("\n".join(misses))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
