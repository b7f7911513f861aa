#!/usr/bin/env bash
# Benchmarks ClauseGuard against its lower bound and against the tools a user would pick instead, on the same
# corpus in the same run, and prints files/s, MB/s, peak RSS, per-file p50/p99 and the ratios. Figures move
# ±30 % between minutes on shared machines: compare within one run only.
#
#   scripts/bench.sh [N_FILES] [PEER_FILES]
#     N_FILES     generated contracts (default 1000); the SampleContracts are added to them
#     PEER_FILES  how many of those files the slow peers (pandoc+grep, python-docx) run on (default 100)
#   SHARED=../shared   where tools/gen_corpus.py is;  CORPUS=DIR  reuse a corpus folder
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
for tool in unzip bc; do command -v $tool >/dev/null || apt-get install -y -qq $tool >/dev/null; done
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null
swift build -c release >/dev/null
CG=.build/release/clauseguard
export CLAUSEGUARD_RULES="$PWD/Rules"

if [ ! -d "$CORPUS" ] || [ "$(ls "$CORPUS"/c*.docx 2>/dev/null | wc -l)" -lt "$N" ]; then
  echo "generating $N contracts in $CORPUS (python-docx)…" >&2
  mkdir -p "$CORPUS"
  python3 "${SHARED:-../shared}/tools/gen_corpus.py" "$CORPUS" "$N" >/dev/null
fi
cp SampleContracts/*.docx SampleContracts/*.dotx "$CORPUS"/ 2>/dev/null || true
FILES=("$CORPUS"/*.docx "$CORPUS"/*.dotx)
COUNT=${#FILES[@]}
printf "%s\n" "${FILES[@]}" > "$OUT/list"
DOCX_MB=$(du -cb "${FILES[@]}" | tail -1 | awk '{printf "%.1f", $1/1048576}')
XML_MB=$(while read -r f; do unzip -p "$f" word/document.xml; done < "$OUT/list" | wc -c | awk '{printf "%.1f", $1/1048576}')
echo "corpus: $COUNT files ($N generated + SampleContracts), $DOCX_MB MB docx, $XML_MB MB document.xml; cores: $(nproc)"
$CG rules list --patterns > "$OUT/patterns"
head -n "$PEERS" "$OUT/list" > "$OUT/peers"

# measure NAME FILES TIMINGS COMMAND… : wall seconds, peak RSS (/usr/bin/time) and p50/p99 of the per-file
# timings the command writes to TIMINGS.
printf "%-46s %8s %9s %9s %9s %9s %9s\n" "" "s" "files/s" "MB/s xml" "RSS MiB" "p50 ms" "p99 ms"
measure() {
  local name=$1 count=$2 timings=$3; shift 3
  local start end secs rss
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/rss" "$@" >/dev/null 2>"$OUT/err" || true
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc -l)
  rss=$(tail -1 "$OUT/rss")
  read -r p50 p99 < <(cut -f2 "$timings" | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.5+0.5); j=int(NR*0.99+0.5); if (i<1) i=1; if (j<1) j=1; print a[i], a[j]}')
  printf "%-46s %8.2f %9.1f %9.1f %9.1f %9.2f %9.2f\n" "$name" "$secs" "$(echo "$count / $secs" | bc -l)" \
    "$(echo "$XML_MB * $count / $COUNT / $secs" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$p50" "$p99"
  echo "$name=$secs" >> "$OUT/times"
  echo "$name.p50=$p50" >> "$OUT/times"
}

measure "lower bound: unzip -p document.xml" "$COUNT" "$OUT/t-unzip" \
  python3 scripts/bench_peer.py unzip "$OUT/list" "$OUT/patterns" "$OUT/t-unzip"
# Ingest only: one rule that never matches (a scan with no rules at all is refused, exit 2).
cat > "$OUT/inert.yml" <<'YML'
rules:
  - id: bench.inert
    family: other
    severity: info
    match: { any: ["zqxjclauseguardinertzqxj"] }
    title: { zh: 基准, en: benchmark }
    message: { zh: 基准, en: benchmark }
YML
INERT=(--no-default-rules --rules "$OUT/inert.yml")
measure "clauseguard ingest only (no rules), 1 job" "$COUNT" "$OUT/t-ingest" \
  $CG scan "$CORPUS" "${INERT[@]}" --format json --jobs 1 -q --timings "$OUT/t-ingest"
measure "clauseguard full scan, 1 job" "$COUNT" "$OUT/t-full1" \
  $CG scan "$CORPUS" --format json --jobs 1 -q --timings "$OUT/t-full1"
measure "clauseguard full scan, $(nproc) jobs" "$COUNT" "$OUT/t-fullN" \
  $CG scan "$CORPUS" --format json --jobs "$(nproc)" -q --timings "$OUT/t-fullN"
if command -v pandoc >/dev/null; then
  measure "pandoc -t plain + grep -P (first $PEERS)" "$PEERS" "$OUT/t-pandoc" \
    python3 scripts/bench_peer.py pandoc "$OUT/peers" "$OUT/patterns" "$OUT/t-pandoc"
else
  echo "pandoc: not installed (apt-get install pandoc): skipped"
fi
measure "python-docx + regex (first $PEERS)" "$PEERS" "$OUT/t-pydocx" \
  python3 scripts/bench_peer.py pydocx "$OUT/peers" "$OUT/patterns" "$OUT/t-pydocx"
measure "python-docx + one regex, 1 process (first $PEERS)" "$PEERS" "$OUT/t-pyone" \
  python3 scripts/bench_peer.py pydocx-one "$OUT/peers" "$OUT/patterns" "$OUT/t-pyone"
measure "python-docx + one regex, process per file (first $PEERS)" "$PEERS" "$OUT/t-pyproc" \
  python3 scripts/bench_peer.py pydocx-process "$OUT/peers" "$OUT/patterns" "$OUT/t-pyproc"

# Rule matching alone over one large contract, against grep -c -P with one pass per pattern.
DOCX_ONLY=("$CORPUS"/*.docx)   # python-docx opens no templates (.dotx)
python3 - "$OUT/big.txt" "${DOCX_ONLY[@]:0:200}" <<'PY'
import sys, docx
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        for p in docx.Document(path).paragraphs:
            out.write(p.text + "\n")
PY
BIG_MB=$(wc -c < "$OUT/big.txt" | awk '{printf "%.1f", $1/1048576}')
rules_start=$(date +%s.%N); $CG scan "$OUT/big.txt" --format json -q --jobs 1 >/dev/null || true; rules_end=$(date +%s.%N)
base_start=$(date +%s.%N); $CG scan "$OUT/big.txt" --format json -q --jobs 1 "${INERT[@]}" >/dev/null 2>&1 || true; base_end=$(date +%s.%N)
grep_start=$(date +%s.%N); while IFS= read -r p; do grep -c -P -- "$p" "$OUT/big.txt" >/dev/null || true; done < "$OUT/patterns"; grep_end=$(date +%s.%N)
rules=$(echo "($rules_end - $rules_start) - ($base_end - $base_start)" | bc -l)
grep_s=$(echo "$grep_end - $grep_start" | bc -l)
echo
printf "rule matching on one %s MB contract (%s patterns): %.2f s = %.1f MB/s; grep -c -P, one pass per pattern: %.2f s = %.1f MB/s\n" \
  "$BIG_MB" "$(wc -l < "$OUT/patterns")" "$rules" "$(echo "$BIG_MB / ($rules + 0.0001)" | bc -l)" "$grep_s" "$(echo "$BIG_MB / ($grep_s + 0.0001)" | bc -l)"

t() { grep "^$1=" "$OUT/times" | cut -d= -f2; }
lower=$(t "lower bound: unzip -p document.xml"); ingest=$(t "clauseguard ingest only (no rules), 1 job")
full1=$(t "clauseguard full scan, 1 job"); fullN=$(t "clauseguard full scan, $(nproc) jobs")
per() { echo "$1 / $2" | bc -l; }
echo
printf "ratios: ingest / unzip lower bound                    = %5.2f   (target ≤ 2)\n" "$(per "$ingest" "$lower")"
printf "        full scan (1 job) / unzip lower bound         = %5.2f   (target ≤ 4)\n" "$(per "$full1" "$lower")"
printf "        full scan / ingest only (1 job)               = %5.2f\n" "$(per "$full1" "$ingest")"
printf "        speed-up 1 → %s jobs                           = %5.2f   (target ≥ 1.8)\n" "$(nproc)" "$(per "$full1" "$fullN")"
for peer in "pandoc -t plain + grep -P (first $PEERS)" "python-docx + regex (first $PEERS)" \
            "python-docx + one regex, 1 process (first $PEERS)" "python-docx + one regex, process per file (first $PEERS)"; do
  secs=$(t "$peer") || continue
  [ -n "$secs" ] || continue
  printf "        %-55s per file / full scan per file: %6.1fx with 1 job, %6.1fx with %s jobs; p50 %6.1fx\n" "${peer% (first*}" \
    "$(echo "($secs / $PEERS) / ($full1 / $COUNT)" | bc -l)" "$(echo "($secs / $PEERS) / ($fullN / $COUNT)" | bc -l)" "$(nproc)" \
    "$(echo "$(t "$peer.p50") / $(t "clauseguard full scan, 1 job.p50")" | bc -l)"
done
