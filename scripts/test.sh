#!/usr/bin/env bash
# Runs the whole test suite (installs missing system libraries first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Each target uses only the stages below it and declares what it imports (see Package.swift).
scripts/check_layers.sh
swift build
swift test "$@"
