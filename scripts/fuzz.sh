#!/usr/bin/env bash
# Builds the libFuzzer targets (Swift -sanitize=fuzzer,address) and runs each for a bounded time.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS_PER_TARGET]
#     TARGET: FuzzDocx (bytes as a .docx), FuzzWordML (bytes as word/document.xml in a valid zip),
#             FuzzText (bytes as a .txt contract, then the whole rule pack), FuzzRules (bytes as a rule file),
#             FuzzODT (bytes as an .odt), FuzzPDF (bytes as a .pdf)
#
# Seeds come from SampleContracts/, tools/samples/eval/ and Rules/; the growing corpus is kept in
# Fuzz/corpus/TARGET (git-ignored) so later runs start where earlier ones stopped. Crashes, leaks and timeouts are
# written to Fuzz/artifacts/TARGET; each one found so far is a regression test in Tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:-all}
SECONDS_EACH=${2:-60}
scripts/setup.sh
export CLAUSEGUARD_FUZZ=1 CLAUSEGUARD_RULES="$PWD/Rules" LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp"
SCRATCH=.build-fuzz
# SwiftPM supplies the executable's entry point, so link libFuzzer without its main and start it with
# LLVMFuzzerRunDriver (Fuzz/*/main.swift); -sanitize=fuzzer would bring a second main.
FUZZER_LIB=$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a
FUZZER_LIB=$(echo $FUZZER_LIB)
[ -f "$FUZZER_LIB" ] || { echo "fuzz.sh: libclang_rt.fuzzer_no_main not found in the Swift toolchain" >&2; exit 2; }
targets=(FuzzDocx FuzzWordML FuzzText FuzzRules FuzzODT FuzzPDF)
[ "$TARGET" = all ] || targets=("$TARGET")

for t in "${targets[@]}"; do
  swift build -c release --scratch-path "$SCRATCH" --product "$t" \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xlinker "$FUZZER_LIB" -Xlinker -lstdc++ 2>&1 | grep -E "error|warning: unre|Compiling|Build" | grep -v "^\[" || true
  corpus=Fuzz/corpus/$t artifacts=Fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  if [ -z "$(ls -A "$corpus")" ]; then
    case $t in
      FuzzDocx) cp SampleContracts/*.docx SampleContracts/*.dotx "$corpus"/ ;;
      FuzzWordML) for f in SampleContracts/*.docx; do unzip -p "$f" word/document.xml > "$corpus/$(basename "$f" .docx).xml"; done ;;
      FuzzText) cp tools/samples/eval/*.txt "$corpus"/ ;;
      FuzzRules) find Rules -name '*.yml' -exec cp {} "$corpus"/ \; ;;
      # The samples as LibreOffice saves them (needs soffice; without it the fuzzer starts from nothing).
      FuzzODT) command -v soffice >/dev/null && soffice --headless --convert-to odt --outdir "$corpus" SampleContracts/*.docx >/dev/null 2>&1 || true ;;
      FuzzPDF) command -v soffice >/dev/null && soffice --headless --convert-to pdf --outdir "$corpus" SampleContracts/0[4-7]*.docx >/dev/null 2>&1 || true ;;
    esac
  fi
  echo "== $t for ${SECONDS_EACH}s"
  "$SCRATCH/release/$t" "$corpus" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=1024 \
    -max_len=$(case $t in FuzzDocx|FuzzODT|FuzzPDF) echo 200000 ;; *) echo 20000 ;; esac) -artifact_prefix="$artifacts/" -print_final_stats=1 \
    2>&1 | tee "Fuzz/artifacts/$t.log" | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" || true
  echo "   corpus: $(ls "$corpus" | wc -l) inputs; artifacts: $(ls "$artifacts" | wc -l)"
done
