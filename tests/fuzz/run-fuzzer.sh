#!/usr/bin/env bash
# Runs one libFuzzer target for ${KRYNET_FUZZ_SECONDS:-20} seconds (ctest label fuzz-run, scripts/fuzz).
#   run-fuzzer.sh FUZZER SEED...
# Seeds (fixture files or folders) are only read: new inputs go to a scratch corpus. A crash, a hang
# (> 10 s for one input), a sanitizer report or a leak fails the run; the input that caused it is kept
# in ./fuzz-artifacts/ of the test's build folder for `FUZZER INPUT` to reproduce it.
set -euo pipefail
fuzzer=${1:?fuzzer binary}
shift
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p fuzz-artifacts
seeds=()
for s in "$@"; do
    if [ -d "$s" ]; then
        seeds+=("$s")
    elif [ -f "$s" ]; then
        cp "$s" "$scratch/"
    fi
done
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$fuzzer" -max_total_time="${KRYNET_FUZZ_SECONDS:-20}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$PWD/fuzz-artifacts/" "$scratch" "${seeds[@]}"
