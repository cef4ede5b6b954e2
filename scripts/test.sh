#!/usr/bin/env bash
# Installs the dependencies, builds privacy-tidy and runs the whole lit suite
# against the just-built plugin and the LLVM 19 clang-tidy.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${PRIVACY_TIDY_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/install-deps.sh"
"$ROOT/scripts/build.sh"
# Re-run CMake so that lit.site.cfg sees tools installed after configuring.
cmake "$BUILD" >/dev/null
RESULTS="$BUILD/lit-results.json"
status=0
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv -j "${PRIVACY_TIDY_JOBS:-2}" \
  -o "$RESULTS" "$BUILD/test" || status=$?
python3 - "$RESULTS" <<'PY'
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
passed = sum(t["code"] in ("PASS", "XFAIL") for t in tests)
failed = sum(t["code"] in ("FAIL", "XPASS", "UNRESOLVED", "TIMEOUT") for t in tests)
skipped = sum(t["code"] in ("UNSUPPORTED", "SKIPPED") for t in tests)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
