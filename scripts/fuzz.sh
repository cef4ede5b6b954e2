#!/usr/bin/env bash
# Runs the libFuzzer harnesses (docs/fuzzing.md) and keeps what they find.
#
#   scripts/fuzz.sh [-t SECONDS] [-p PARALLEL] [-b BUILD_DIR] [HARNESS...]
#
# HARNESS: models, sarif, summary-store, compile-db (default: all), each run
# for SECONDS (default 600), PARALLEL at a time (default 1), under nice -n 10.
# The fuzz build must exist:
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRIVACY_TIDY_FUZZ=ON
#   ninja -C build-fuzz -j1 privacy-fuzzers
# Each harness starts from its seed corpus (bench/fuzz/corpus/NAME, not
# modified) and its regression inputs, and grows a working corpus in
# BUILD_DIR/fuzz-work/NAME/corpus. libFuzzer runs in fork mode and goes on
# after a crash, a timeout or an out-of-memory input; every such input is
# copied to bench/fuzz/regressions/NAME/ (commit it with its fix: the replay
# test, test/fuzz/replay.test, runs it in the fuzz build). A summary line per
# harness gives the time, the executions and what was found; the exit
# status is 1 when anything was found.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_EACH=600
PARALLEL=1
BUILD="${PRIVACY_TIDY_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
while getopts "t:p:b:h" opt; do
  case $opt in
    t) SECONDS_EACH=$OPTARG ;;
    p) PARALLEL=$OPTARG ;;
    b) BUILD=$OPTARG ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
HARNESSES=("$@")
[ ${#HARNESSES[@]} -gt 0 ] || HARNESSES=(models sarif summary-store compile-db)
SRC="$ROOT/bench/fuzz"
for h in "${HARNESSES[@]}"; do
  if [ ! -x "$BUILD/fuzz/fuzz-$h" ]; then
    echo "fuzz.sh: no $BUILD/fuzz/fuzz-$h (configure with -DPRIVACY_TIDY_FUZZ=ON and build privacy-fuzzers)" >&2
    exit 2
  fi
done

run_one() {
  local h=$1
  local work="$BUILD/fuzz-work/$h"
  mkdir -p "$work/corpus" "$work/artifacts" "$SRC/regressions/$h"
  # A fresh TMPDIR per run: the harnesses write their inputs there.
  mkdir -p "$work/tmp"
  local start=$SECONDS
  # Fork mode (one child at a time) survives crashes; -ignore_* keep it
  # going, and each finding is an artifact. Every input is limited to 10 s
  # and 2 GB; -max_len bounds the inputs (the seeds are smaller).
  TMPDIR="$work/tmp" nice -n 10 "$BUILD/fuzz/fuzz-$h" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -dict="$SRC/json.dict" -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" \
    "$work/corpus" "$SRC/corpus/$h" "$SRC/regressions/$h" \
    > "$work/log.txt" 2>&1 || true
  local elapsed=$((SECONDS - start))
  local found=0 f
  for f in "$work"/artifacts/crash-* "$work"/artifacts/timeout-* \
           "$work"/artifacts/oom-* "$work"/artifacts/leak-* "$work"/artifacts/slow-unit-*; do
    [ -e "$f" ] || continue
    found=$((found + 1))
    cp -n "$f" "$SRC/regressions/$h/" 2>/dev/null || true
  done
  # The last status line of fork mode: "#N: cov: C ft: F corp: K exec/s: E
  # oom/timeout/crash: O/T/X time: S ...".
  local stats
  stats=$(grep -E '^#[0-9]+: cov:' "$work/log.txt" | tail -1 || true)
  local execs=${stats%%:*}
  printf '%s: %ss, %s executions, %s findings (%s); %s\n' "$h" "$elapsed" \
    "${execs#\#}" "$found" \
    "$(echo "$stats" | grep -oE 'oom/timeout/crash: [0-9/]+' || echo 'no status')" \
    "$(echo "$stats" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)"
  [ "$found" -eq 0 ]
}

status=0
pids=()
for h in "${HARNESSES[@]}"; do
  run_one "$h" & pids+=($!)
  if [ ${#pids[@]} -ge "$PARALLEL" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
if [ $status -ne 0 ]; then
  echo "fuzz.sh: findings copied to bench/fuzz/regressions/; logs in $BUILD/fuzz-work/*/log.txt" >&2
fi
exit $status
