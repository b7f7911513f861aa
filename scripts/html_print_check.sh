#!/usr/bin/env bash
# Prints the HTML report of the sample contracts to PDF with headless Chromium, as a lawyer's "Save as PDF" would,
# and checks with pdftotext that every column of the contracts × families matrix made it onto the page (a printed
# report once lost 6 of its 16 columns off the right edge). Also keeps a PNG of the first page for a look.
#   scripts/html_print_check.sh [BINARY] [OUT_DIR]     (default: .build/debug/clauseguard, a temporary folder)
# Exit 0 all columns present, 1 some missing, 77 no headless Chromium or pdftotext here (skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/clauseguard}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then echo "html_print_check: no headless Chromium (apt-get install chromium fonts-noto-cjk); skipped" >&2; exit 77; fi
if ! command -v pdftotext >/dev/null; then echo "html_print_check: no pdftotext (apt-get install poppler-utils); skipped" >&2; exit 77; fi
[ -x "$bin" ] || { echo "html_print_check: $bin is not built (swift build)" >&2; exit 2; }

status=0
for lang in zh en; do
  html="$out/report-$lang.html" pdf="$out/report-$lang.pdf"
  "$bin" scan SampleContracts --format html --lang "$lang" -q --title "ClauseGuard print check ($lang)" -o "$html" || [ $? -eq 1 ]
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "file://$(cd "$out" && pwd)/report-$lang.html" 2>/dev/null
  if command -v pdftoppm >/dev/null; then pdftoppm -png -r 60 -f 1 -l 2 "$pdf" "$out/report-$lang"; fi
  # Two checks on the PDF's text: every matrix header is there (looked for with all spacing removed: upright CJK
  # headers and rotated English ones come out with line breaks between their letters), and every matrix cell is
  # there (Chromium leaves a column cut off at the page edge out of the PDF: fewer ● ◐ ○ ✗ than the page has).
  python3 - "$html" "$pdf" "$lang" <<'PY' || status=1
import html, re, subprocess, sys
page, pdf, lang = sys.argv[1:]
source = open(page, encoding="utf-8").read()
head = re.search(r'<table class="matrix"><thead><tr>(.*?)</tr></thead>', source)
if not head:
    sys.exit(f"{lang}: no matrix in the report")
headers = [html.unescape(h) for h in re.findall(r"<th>(.*?)</th>", head.group(1))]
raw = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True, check=True).stdout)
missing = [h for h in headers if re.sub(r"\s+", "", h) not in raw]
body = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<head>.*?</head>", "", source, flags=re.S)))
marks = lambda text: len(re.findall("[●◐○✗]", text))
printed = marks(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
size = re.search(r"Page size:\s*(.*)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout)
print(f"{lang}: {len(headers)} matrix columns, {len(headers) - len(missing)} headers and {printed} of {marks(body)} cell marks in the PDF; page {size.group(1) if size else '?'}")
if missing:
    sys.exit(f"{lang}: headers missing from the printed PDF: {', '.join(missing)}")
if printed < marks(body):
    sys.exit(f"{lang}: {marks(body) - printed} matrix cells cut off the printed page")
PY
done
echo "PDFs and page images in $out"
exit $status
