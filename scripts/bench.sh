#!/usr/bin/env bash
# Benchmarks ClauseGuard against its lower bound and against the tools a user would pick instead, on the same
# generated corpus in the same run, and prints ratios. Figures move ±50% between minutes on shared machines:
# compare within one run only.
#
#   scripts/bench.sh [N_FILES] [PEER_FILES]
#     N_FILES     corpus size for ClauseGuard and the unzip lower bound (default 1000)
#     PEER_FILES  how many of those files the slow peers (pandoc, python-docx) run on (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
PEERS=${2:-100}
CORPUS=${CORPUS:-/tmp/clauseguard-corpus-$N}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

scripts/setup.sh
python3 -c "import docx" 2>/dev/null || pip install -q python-docx
python3 -c "import regex" 2>/dev/null || pip install -q regex
command -v unzip >/dev/null || apt-get install -y -qq unzip >/dev/null
swift build -c release >/dev/null
CG=.build/release/clauseguard
export CLAUSEGUARD_RULES="$PWD/Rules"

if [ ! -d "$CORPUS" ] || [ "$(ls "$CORPUS" | wc -l)" -lt "$N" ]; then
  echo "generating $N contracts in $CORPUS (python-docx)…" >&2
  mkdir -p "$CORPUS"
  python3 "${SHARED:-../shared}/tools/gen_corpus.py" "$CORPUS" "$N" >/dev/null
fi
FILES=("$CORPUS"/*.docx)
DOCX_MB=$(du -cb "${FILES[@]}" | tail -1 | awk '{printf "%.1f", $1/1048576}')
XML_MB=$(for f in "${FILES[@]}"; do unzip -p "$f" word/document.xml; done | wc -c | awk '{printf "%.1f", $1/1048576}')
echo "corpus: ${#FILES[@]} files, $DOCX_MB MB docx, $XML_MB MB document.xml; cores: $(nproc)"

# measure NAME FILES COMMAND… : wall seconds and peak RSS (KiB) via /usr/bin/time
measure() {
  local name=$1 count=$2; shift 2
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/rss" "$@" >/dev/null 2>"$OUT/err" || true
  end=$(date +%s.%N)
  local secs rss
  secs=$(echo "$end - $start" | bc -l)
  rss=$(tail -1 "$OUT/rss")
  printf "%-44s %8.2f s %9.1f files/s %8.1f MB/s(xml) %8.1f MiB RSS\n" "$name" "$secs" \
    "$(echo "$count / $secs" | bc -l)" "$(echo "$XML_MB * $count / ${#FILES[@]} / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
  echo "$name=$secs" >> "$OUT/times"
}

command -v bc >/dev/null || apt-get install -y -qq bc >/dev/null
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

printf "%s\n" "${FILES[@]}" > "$OUT/list"
measure "lower bound: unzip -p document.xml" ${#FILES[@]} bash -c 'while read -r f; do unzip -p "$f" word/document.xml; done < "$0"' "$OUT/list"
measure "clauseguard ingest only (no rules), 1 job" ${#FILES[@]} $CG scan "$CORPUS" --no-default-rules --format json --jobs 1 -q
measure "clauseguard full scan, 1 job" ${#FILES[@]} $CG scan "$CORPUS" --format json --jobs 1 -q
measure "clauseguard full scan, $(nproc) jobs" ${#FILES[@]} $CG scan "$CORPUS" --format json --jobs "$(nproc)" -q

# Peers on the first PEER_FILES files with the same patterns.
$CG rules list --patterns > "$OUT/patterns"
head -n "$PEERS" "$OUT/list" > "$OUT/peers"
if command -v pandoc >/dev/null; then
  measure "pandoc -t plain | grep -P (×$PEERS)" "$PEERS" bash -c 'while read -r f; do pandoc -t plain "$f" > /tmp/cg-pandoc.txt; while IFS= read -r p; do grep -c -P -- "$p" /tmp/cg-pandoc.txt; done < "$1"; done < "$0"' "$OUT/peers" "$OUT/patterns"
else
  echo "pandoc: not installed (apt-get install pandoc) — skipped"
fi
cat > "$OUT/pydocx.py" <<'PY'
import sys, regex, docx
patterns = [regex.compile(p, regex.I) for p in open(sys.argv[1], encoding="utf-8").read().splitlines() if p]
hits = 0
for path in open(sys.argv[2]).read().splitlines():
    d = docx.Document(path)
    texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    for t in texts:
        for p in patterns:
            hits += len(p.findall(t))
print(hits)
PY
measure "python-docx + regex (×$PEERS)" "$PEERS" python3 "$OUT/pydocx.py" "$OUT/patterns" "$OUT/peers"

# Rule matching alone over one large contract, against grep -c -P of all patterns in one pass.
python3 - "$OUT/big.txt" "${FILES[@]:0:200}" <<'PY'
import sys, docx
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        for p in docx.Document(path).paragraphs:
            out.write(p.text + "\n")
PY
BIG_MB=$(wc -c < "$OUT/big.txt" | awk '{printf "%.1f", $1/1048576}')
echo "large contract: $BIG_MB MB of text"
rules_start=$(date +%s.%N); $CG scan "$OUT/big.txt" --format json -q --jobs 1 >/dev/null || true; rules_end=$(date +%s.%N)
base_start=$(date +%s.%N); $CG scan "$OUT/big.txt" --format json -q --jobs 1 --no-default-rules >/dev/null || true; base_end=$(date +%s.%N)
# One grep per pattern: GNU grep refuses the whole pack joined into one expression ("regular expression is too large").
grep_start=$(date +%s.%N); while IFS= read -r p; do grep -c -P -- "$p" "$OUT/big.txt" >/dev/null || true; done < "$OUT/patterns"; grep_end=$(date +%s.%N)
rules=$(echo "($rules_end - $rules_start) - ($base_end - $base_start)" | bc -l)
grep_s=$(echo "$grep_end - $grep_start" | bc -l)
printf "rule matching (full pack, %s patterns): %.2f s = %.1f MB/s; grep -c -P, one pass per pattern: %.2f s = %.1f MB/s\n" \
  "$(wc -l < "$OUT/patterns")" "$rules" "$(echo "$BIG_MB / ($rules + 0.0001)" | bc -l)" "$grep_s" "$(echo "$BIG_MB / ($grep_s + 0.0001)" | bc -l)"

t() { grep "^$1=" "$OUT/times" | cut -d= -f2; }
lower=$(t "lower bound: unzip -p document.xml"); ingest=$(t "clauseguard ingest only (no rules), 1 job")
full1=$(t "clauseguard full scan, 1 job"); fullN=$(t "clauseguard full scan, $(nproc) jobs")
echo
printf "ratios: ingest / unzip lower bound = %.2f (target ≤ 3)\n" "$(echo "$ingest / $lower" | bc -l)"
printf "        full scan / ingest only     = %.2f (target ≤ 2)\n" "$(echo "$full1 / $ingest" | bc -l)"
printf "        speed-up 1 → %s jobs         = %.2f\n" "$(nproc)" "$(echo "$full1 / $fullN" | bc -l)"
if py=$(t "python-docx + regex (×$PEERS)"); [ -n "$py" ]; then
  printf "        python-docx+regex per file / full scan per file = %.1fx\n" "$(echo "($py / $PEERS) / ($full1 / ${#FILES[@]})" | bc -l)"
fi
if pd=$(t "pandoc -t plain | grep -P (×$PEERS)"); [ -n "$pd" ]; then
  printf "        pandoc+grep per file / full scan per file       = %.1fx\n" "$(echo "($pd / $PEERS) / ($full1 / ${#FILES[@]})" | bc -l)"
fi
