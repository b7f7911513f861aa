#!/usr/bin/env bash
# Quick start: install system libraries, build in release mode, scan the sample contracts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release
# Exit code 1 means "high-risk findings", which the samples have on purpose; report it, don't fail on it.
set +e
.build/release/clauseguard scan SampleContracts/ "$@"
code=$?
set -e
echo "clauseguard exited with $code (0: nothing at or above --fail-on, 1: risky findings, 2: usage/rule error, 3: unreadable input)" >&2
[ "$code" -le 1 ]
