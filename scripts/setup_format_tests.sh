#!/usr/bin/env bash
# Installs what the .odt/.pdf parity tests and scripts/bench_formats.sh need beyond scripts/setup.sh: LibreOffice to
# convert the sample contracts, a Chinese font so the PDFs it prints carry Chinese text, qpdf for the encrypted-PDF
# test and pdftotext for the benchmark. Without them those tests are skipped with a message saying what is missing.
set -euo pipefail
packages=(fonts-wqy-microhei qpdf poppler-utils)
command -v soffice >/dev/null || packages+=(libreoffice-writer-nogui)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup_format_tests: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
fc-list :lang=zh | grep -q . || echo "setup_format_tests: still no Chinese font (fc-list :lang=zh)" >&2
