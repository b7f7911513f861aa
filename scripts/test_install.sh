#!/usr/bin/env bash
# "Install anywhere", checked end to end: scripts/install.sh into a temporary prefix, then, from another folder
# with only PREFIX/bin on PATH and no other environment (no CLAUSEGUARD_RULES, no Swift), `clauseguard scan
# risky.docx` must exit 1 with findings; the lone binary copied to a third folder must do the same; ldd must show
# no Swift runtime library; the man page and completions must be there, the completions completing file paths.
# A release build takes minutes, so this is not part of `swift test`; run it before a release:
#   scripts/test_install.sh                (SCRATCH=DIR to build elsewhere than .build/install-test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test_install: FAIL: $*" >&2; exit 1; }

start=$(date +%s)
SCRATCH=${SCRATCH:-$root/.build/install-test} "$root/scripts/install.sh" "$tmp/prefix"
built=$(date +%s)
prefix="$tmp/prefix"

mkdir -p "$tmp/work" "$tmp/lone"
cp "$root/SampleContracts/01-daiyunying-onesided.docx" "$tmp/work/risky.docx"

# $1: how to name the binary; runs it in $tmp/work with PATH=$2 and nothing else in the environment.
scan() {
  local status=0
  (cd "$tmp/work" && env -i PATH="$2" HOME="$tmp" "$1" scan risky.docx --format compact >"$tmp/out" 2>"$tmp/err") || status=$?
  [ "$status" -eq 1 ] || fail "$1 (PATH=$2) exited $status, expected 1: $(head -3 "$tmp/err")"
  grep -q ': high: ' "$tmp/out" || fail "$1 (PATH=$2): no high finding in: $(head -3 "$tmp/out")"
  echo "test_install: $1 with PATH=$2: exit 1, $(wc -l <"$tmp/out") findings" >&2
}
scan clauseguard "$prefix/bin"
cp "$prefix/bin/clauseguard" "$tmp/lone/clauseguard"
scan "$tmp/lone/clauseguard" /nonexistent

if command -v ldd >/dev/null; then
  ldd "$prefix/bin/clauseguard" >"$tmp/ldd"
  if grep -qi 'libswift\|libFoundation\|libdispatch' "$tmp/ldd"; then fail "links the Swift runtime: $(grep -i 'swift\|Foundation\|dispatch' "$tmp/ldd" | tr '\n' ' ')"; fi
  grep -q 'not found' "$tmp/ldd" && fail "missing libraries: $(grep 'not found' "$tmp/ldd" | tr '\n' ' ')"
  echo "test_install: ldd: $(awk '{print $1}' "$tmp/ldd" | tr '\n' ' ')" >&2
fi

for file in share/bash-completion/completions/clauseguard share/zsh/site-functions/_clauseguard share/fish/vendor_completions.d/clauseguard.fish; do
  [ -s "$prefix/$file" ] || fail "no $file"
done
# The contract paths complete as files: the generated completions name the file completer for them.
grep -q -- '-f\b\|compgen -f\|_filedir' "$prefix/share/bash-completion/completions/clauseguard" || fail "bash completion does not complete file paths"
grep -q '_files' "$prefix/share/zsh/site-functions/_clauseguard" || fail "zsh completion does not complete file paths"
if ls "$prefix"/share/man/man1/clauseguard*.1 >/dev/null 2>&1; then
  man_pages=$(ls "$prefix"/share/man/man1 | tr '\n' ' ')
else
  man_pages="none (GenerateManual plugin unavailable)"
fi

size=$(du -h "$prefix/bin/clauseguard" | cut -f1)
t0=$(date +%s%N); (cd "$tmp/work" && env -i PATH="$prefix/bin" clauseguard scan risky.docx -q >/dev/null) || true; t1=$(date +%s%N)
echo "test_install: OK — release build and install $((built - start)) s, binary $size, one scan $(( (t1 - t0) / 1000000 )) ms, man pages: $man_pages"
