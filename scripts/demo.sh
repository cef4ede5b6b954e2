#!/usr/bin/env bash
# Installs the dependencies, builds privacy-tidy and runs its checks on the
# bundled example (examples/telecom) through a compilation database.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${PRIVACY_TIDY_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/install-deps.sh"
"$ROOT/scripts/build.sh"
EXAMPLE_BUILD="$BUILD/examples/telecom"
cmake -S "$ROOT/examples/telecom" -B "$EXAMPLE_BUILD" -G Ninja \
  -DCMAKE_CXX_COMPILER=/usr/lib/llvm-19/bin/clang++ \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
echo "== privacy-tidy on examples/telecom =="
cd "$ROOT/examples/telecom"
/usr/lib/llvm-19/bin/clang-tidy --load "$BUILD/plugin/PrivacyTidy.so" \
  --checks='-*,privacy-*' -p "$EXAMPLE_BUILD" --quiet src/*.cpp

echo
echo "== privacy-tidy check --whole-program (SARIF for auditors) =="
status=0
"$BUILD/tools/privacy-tidy/privacy-tidy" check -p "$EXAMPLE_BUILD" --whole-program \
  --checks='-*,privacy-logging,privacy-export,privacy-retention' --progress none \
  -o "$BUILD/examples/telecom.sarif" > /dev/null || status=$?
# Exit code 1 means "findings": expected for this example.
[ "$status" -le 1 ] || exit "$status"
echo "SARIF log: $BUILD/examples/telecom.sarif"
