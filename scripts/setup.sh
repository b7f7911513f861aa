#!/usr/bin/env bash
# Installs what ClauseGuard needs to build on Debian/Ubuntu (Swift itself must already be installed).
# Safe to run again: it installs only what is missing.
set -euo pipefail
# time: GNU time measures peak memory in the tests and the benchmark.
# libopencc-dev: Traditional Chinese read as Simplified (it brings the t2s dictionaries, libopencc-data).
# libpoppler-glib-dev reads PDFs; poppler-data holds the CMaps of PDFs with non-embedded Chinese fonts (STSong-Light…).
packages=(libzip-dev libxml2-dev libpcre2-dev libopencc-dev libpoppler-glib-dev poppler-data pkg-config time)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (install Swift 6 first)" >&2; exit 1; }
# The tests validate JSON and SARIF reports against their schemas with Python's jsonschema.
if ! python3 -c "import jsonschema" 2>/dev/null; then
  echo "setup: installing python jsonschema" >&2
  python3 -m pip install -q jsonschema || echo "setup: could not install jsonschema; schema tests will fail" >&2
fi
# The tests validate the config, ignore and rule files against docs/schemas with PyYAML + jsonschema.
if ! python3 -c "import yaml" 2>/dev/null; then
  echo "setup: installing python PyYAML" >&2
  python3 -m pip install -q PyYAML || echo "setup: could not install PyYAML; schema tests will fail" >&2
fi
