#!/usr/bin/env bash
# Installs the dependencies, builds privacy-tidy and runs the whole lit suite
# against the just-built plugin and the clang-tidy of the same LLVM.
#   scripts/test.sh              LLVM 19, in build/
#   scripts/test.sh 22           LLVM 22, in build-22/
# PRIVACY_TIDY_BUILD_DIR and PRIVACY_TIDY_JOBS override the directory and jobs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export LLVM_VERSION="${1:-${LLVM_VERSION:-19}}"
if [ "$LLVM_VERSION" = 19 ]; then DEFAULT_BUILD="$ROOT/build"; else DEFAULT_BUILD="$ROOT/build-$LLVM_VERSION"; fi
export PRIVACY_TIDY_BUILD_DIR="${PRIVACY_TIDY_BUILD_DIR:-$DEFAULT_BUILD}"
BUILD="$PRIVACY_TIDY_BUILD_DIR"
"$ROOT/scripts/install-deps.sh" "$LLVM_VERSION"
"$ROOT/scripts/build.sh"
# Re-run CMake so that lit.site.cfg sees tools installed after configuring.
cmake "$BUILD" >/dev/null
# The lit of that LLVM (its location differs between Debian's LLVM packages).
LIT="$(sed -n 's/^PRIVACY_TIDY_LIT:FILEPATH=//p' "$BUILD/CMakeCache.txt")"
RESULTS="$BUILD/lit-results.json"
status=0
python3 "$LIT" -sv -j "${PRIVACY_TIDY_JOBS:-2}" -o "$RESULTS" "$BUILD/test" || status=$?
python3 - "$RESULTS" "$LLVM_VERSION" <<'PY'
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
passed = sum(t["code"] in ("PASS", "XFAIL") for t in tests)
failed = sum(t["code"] in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT") for t in tests)
skipped = sum(t["code"] in ("UNSUPPORTED", "SKIPPED") for t in tests)
print(f"LLVM {sys.argv[2]}: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
