#!/usr/bin/env bash
# Runs the whole test suite (installs missing system libraries first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test "$@"
