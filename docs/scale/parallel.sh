#!/usr/bin/env bash
# Scan a folder of contracts with N ClauseGuard workers, then merge their JSON Lines into one report.
#
#   docs/scale/parallel.sh CONTRACTS_DIR OUT_DIR [N] [HOSTS]
#
# With GNU parallel, HOSTS (e.g. "server1,server2" or ":" for this machine) spreads the workers over ssh hosts that
# see CONTRACTS_DIR at the same path (or at any path: the split hashes paths below the folder, not absolute paths)
# and have clauseguard on their PATH. Without GNU parallel, `xargs -P` runs the N workers on this machine.
# Exit code: merge's, as one scan of the whole folder would have returned (0 clean, 1 findings, 3 unreadable files).
set -euo pipefail
dir=${1:?contracts folder}
out=${2:?output folder}
n=${3:-2}
hosts=${4:-:}
mkdir -p "$out"

# A worker's 1 (findings) and 3 (unreadable files) are results, not failures: only 2 (usage, rules, output) fails.
worker='clauseguard scan "$0" --format jsonl --shard "$1/$2" -q -o "$3/shard-$1-of-$2.jsonl"; rc=$?; [ $rc -ne 2 ] || exit 2'

if command -v parallel >/dev/null 2>&1; then
    # --transferfile/--return are not needed when hosts share the folders; add them for hosts that do not.
    seq 1 "$n" | parallel -S "$hosts" --halt now,fail=1 sh -c "'$worker'" "$dir" {} "$n" "$out"
else
    seq 1 "$n" | xargs -P "$n" -I{} sh -c "$worker" "$dir" {} "$n" "$out"
fi

shards=()
for i in $(seq 1 "$n"); do shards+=("$out/shard-$i-of-$n.jsonl"); done
set +e
clauseguard merge "${shards[@]}" --format json -o "$out/report.json"
rc=$?
clauseguard merge "${shards[@]}" --format sarif -o "$out/report.sarif" >/dev/null 2>&1
exit $rc
