#!/usr/bin/env bash
# Installs the dependencies, builds privacy-tidy and runs its checks on the
# bundled example (examples/telecom) through a compilation database.
#   scripts/demo.sh; LLVM_VERSION=22 scripts/demo.sh (into build-22/)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export LLVM_VERSION="${LLVM_VERSION:-19}"
if [ "$LLVM_VERSION" = 19 ]; then DEFAULT_BUILD="$ROOT/build"; else DEFAULT_BUILD="$ROOT/build-$LLVM_VERSION"; fi
export PRIVACY_TIDY_BUILD_DIR="${PRIVACY_TIDY_BUILD_DIR:-$DEFAULT_BUILD}"
BUILD="$PRIVACY_TIDY_BUILD_DIR"
LLVM_BIN="/usr/lib/llvm-$LLVM_VERSION/bin"
"$ROOT/scripts/install-deps.sh" "$LLVM_VERSION"
"$ROOT/scripts/build.sh"
EXAMPLE_BUILD="$BUILD/examples/telecom"
cmake -S "$ROOT/examples/telecom" -B "$EXAMPLE_BUILD" -G Ninja \
  -DCMAKE_CXX_COMPILER="$LLVM_BIN/clang++" \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
echo "== privacy-tidy on examples/telecom =="
cd "$ROOT/examples/telecom"
"$LLVM_BIN/clang-tidy" --load "$BUILD/plugin/PrivacyTidy.so" \
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
