#!/usr/bin/env bash
# Checks the target layers that Package.swift describes, from `swift package describe`:
#  - each target depends only on the stages below it (e.g. Rules never on Ingest, so a library user can analyse a
#    ContractDocument without linking libzip and libxml2; Report renders and never reads documents);
#  - every module a Swift file imports is a declared dependency of its target: a module reached only through
#    another target builds today and breaks the day that other target drops it.
# Prints one line per violation and exits 1; run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
description=$(swift package describe --type json)
python3 - "$description" <<'PY'
import json, re, sys

# Direct dependencies each non-test target may declare (targets and products). A new target must be added here.
MODEL, TEXT, INGEST, UNDERSTANDING, RULES, REPORT, PIPELINE = (
    "ClauseGuardModel", "ClauseGuardText", "ClauseGuardIngest", "ClauseGuardUnderstanding", "ClauseGuardRules",
    "ClauseGuardReport", "ClauseGuardPipeline")
ALLOWED = {
    "CZip": set(), "CLibXML2": set(), "CPCRE2": set(), "COpenCC": set(), "CPoppler": set(),
    "CByteSearch": set(),
    "CTempFiles": set(),
    MODEL: set(),
    TEXT: {MODEL, "CPCRE2", "COpenCC", "CByteSearch"},
    INGEST: {MODEL, TEXT, "CZip", "CLibXML2", "CPoppler", "CByteSearch"},
    UNDERSTANDING: {MODEL, TEXT, "CByteSearch", "Yams"},
    RULES: {MODEL, TEXT, UNDERSTANDING, "CByteSearch", "Yams"},
    REPORT: {MODEL, TEXT, UNDERSTANDING, RULES, "Rainbow"},
    PIPELINE: {MODEL, TEXT, INGEST, UNDERSTANDING, RULES, REPORT, "Yams"},
    # The built-in rule pack, generated from Rules/ at build time by the EmbedRules plugin and its generator (which
    # parses it with the rules' own loader, so a scan reads it without parsing YAML).
    "EmbedRulesGenerator": {RULES}, "EmbedRules": {"EmbedRulesGenerator"}, "ClauseGuardBuiltinRules": {"EmbedRules"},
    "clauseguard": {MODEL, TEXT, INGEST, UNDERSTANDING, RULES, REPORT, PIPELINE, "CTempFiles", "ArgumentParser", "Rainbow",
                    "ClauseGuardBuiltinRules"},
    "ClauseGuardTestSupport": {"CZip"},
}
# What a stage must not reach even indirectly: the reasons the layers exist.
NEVER_REACHES = {
    UNDERSTANDING: {INGEST, RULES, "CZip", "CLibXML2", "CPoppler"},
    RULES: {INGEST, "CZip", "CLibXML2", "CPoppler"},
    REPORT: {INGEST, "CZip", "CLibXML2", "CPoppler", PIPELINE},
}
# Modules of the toolchain and the OS, importable without a declared dependency.
SYSTEM = {"Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Dispatch", "Glibc",
          "Musl", "Darwin", "Synchronization", "Testing", "XCTest", "_Concurrency", "RegexBuilder", "Observation"}

IMPORT = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?"
                    r"([A-Za-z_][A-Za-z0-9_]*)")

package = json.loads(sys.argv[1])
targets = {t["name"]: t for t in package["targets"]}
def direct(name):
    t = targets.get(name, {})
    return set(t.get("target_dependencies") or []) | set(t.get("product_dependencies") or [])

problems = []
for name, t in sorted(targets.items()):
    deps = direct(name)
    if t["type"] != "test":
        if name not in ALLOWED:
            problems.append(f"{name}: not in the layer map of scripts/check_layers.sh (say which stages it may use)")
        else:
            for dep in sorted(deps - ALLOWED[name]):
                problems.append(f"{name} depends on {dep}, which its layer must not use")
    if t.get("module_type") != "SwiftTarget":
        continue
    for source in t.get("sources", []):
        path = f"{t['path']}/{source}"
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                match = IMPORT.match(line)
                if match and match.group(1) not in SYSTEM and match.group(1) not in deps and match.group(1) != name:
                    problems.append(f"{path}:{number}: {name} imports {match.group(1)} without declaring it")

for name, forbidden in NEVER_REACHES.items():
    seen, todo = set(), [name]
    while todo:
        for dep in direct(todo.pop()) - seen:
            seen.add(dep)
            todo.append(dep)
    for dep in sorted(seen & forbidden):
        problems.append(f"{name} reaches {dep} through its dependencies")

for problem in problems:
    print(f"check_layers: {problem}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"check_layers: {len(targets)} targets keep to their layers")
PY
