#!/usr/bin/env bash
# Runs the whole test suite (installs missing system libraries first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Each target uses only the stages below it and declares what it imports (see Package.swift).
scripts/check_layers.sh
python3 scripts/test_accuracy.py  # the accuracy scorer on a fake corpus (no binary or real corpora needed)
python3 scripts/test_traps.py     # the trap scorer's contracts and what counts as a catch
python3 scripts/test_clauses.py   # the single-clause scorer: contracts, split, what counts
# A compiler warning in ClauseGuard's own Swift targets (sources and tests) fails the build. The native build
# system keeps -warnings-as-errors off the dependencies (it builds them with -suppress-warnings), so a warning in
# Yams or ArgumentParser cannot fail ours; it is named explicitly because the swiftbuild system passes both flags
# to dependencies, which the compiler rejects. Build and test take the same flags so the test run reuses the build.
flags=(--build-system native -Xswiftc -warnings-as-errors)
swift build --build-tests "${flags[@]}"
swift test "${flags[@]}" "$@"
