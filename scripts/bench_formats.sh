#!/usr/bin/env bash
# PDF and ODT throughput: the sample contracts converted by LibreOffice (needs soffice and a Chinese font), copied
# COPIES times each, scanned by the release build, next to `pdftotext + grep` on the same PDFs and to the .docx
# originals. Prints files/s and peak RSS (GNU time). Figures move ±30 % on shared machines: compare within one run.
#
#   scripts/bench_formats.sh [COPIES]    (default 25)
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-25}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
command -v soffice >/dev/null || { echo "bench_formats: needs LibreOffice (soffice)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "bench_formats: needs pdftotext (poppler-utils)" >&2; exit 2; }
[ -x .build/release/clauseguard ] || swift build -c release --build-system native >/dev/null
CG=$PWD/.build/release/clauseguard
export CLAUSEGUARD_RULES="$PWD/Rules"

mkdir -p "$OUT/src" "$OUT/docx" "$OUT/odt" "$OUT/pdf"
soffice --headless --convert-to odt --outdir "$OUT/src" SampleContracts/*.docx >/dev/null 2>&1
soffice --headless --convert-to pdf --outdir "$OUT/src" SampleContracts/*.docx >/dev/null 2>&1
for i in $(seq 1 "$COPIES"); do
  for f in SampleContracts/*.docx; do cp "$f" "$OUT/docx/$(basename "$f" .docx)-$i.docx"; done
  for ext in odt pdf; do for f in "$OUT"/src/*.$ext; do cp "$f" "$OUT/$ext/$(basename "$f" .$ext)-$i.$ext"; done; done
done
# The rule pack's patterns, what a pdftotext + grep user would search for: PCRE alternations of 25 patterns each
# (grep -P takes one pattern, and one of all of them is too large for it).
$CG rules list --patterns | sed 's/^/(?:/; s/$/)/' | split -l 25 - "$OUT/chunk."
for c in "$OUT"/chunk.*; do paste -sd'|' "$c"; done > "$OUT/patterns"

measure() {   # label, files, command…
  local label=$1 files=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" >/dev/null 2>&1 || true
  read -r seconds kib < <(tail -1 "$OUT/time")
  printf "| %s | %s | %.2f | %.0f | %d MiB |\n" "$label" "$files" "$seconds" "$(echo "$files / $seconds" | bc -l)" "$((kib / 1024))"
}
n_docx=$(ls "$OUT/docx" | wc -l); n_odt=$(ls "$OUT/odt" | wc -l); n_pdf=$(ls "$OUT/pdf" | wc -l)
echo "| what | files | s | files/s | peak RSS |"
echo "|---|---|---|---|---|"
for jobs in 1 2; do
  measure "clauseguard scan .docx originals, $jobs job(s)" "$n_docx" $CG scan "$OUT/docx" -q --jobs $jobs --format json -o "$OUT/r.json"
  measure "clauseguard scan .odt, $jobs job(s)" "$n_odt" $CG scan "$OUT/odt" -q --jobs $jobs --format json -o "$OUT/r.json"
  measure "clauseguard scan .pdf, $jobs job(s)" "$n_pdf" $CG scan "$OUT/pdf" -q --jobs $jobs --format json -o "$OUT/r.json"
done
measure "pdftotext + grep -c -P, every rule pattern" "$n_pdf" \
  bash -c 'for f in "$1"/*.pdf; do pdftotext -q "$f" "$3"; while IFS= read -r p; do grep -c -P -- "$p" "$3" >/dev/null || true; done < "$2"; done' \
  _ "$OUT/pdf" "$OUT/patterns" "$OUT/text.txt"
