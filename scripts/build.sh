#!/usr/bin/env bash
# Configures and builds privacy-tidy against one LLVM (2 parallel jobs by
# default).
#   LLVM_VERSION=22 scripts/build.sh      build-22/ (default: 19, into build/)
#   PRIVACY_TIDY_BUILD_DIR, PRIVACY_TIDY_JOBS override the directory and jobs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LLVM_VERSION="${LLVM_VERSION:-19}"
if [ "$LLVM_VERSION" = 19 ]; then DEFAULT_BUILD="$ROOT/build"; else DEFAULT_BUILD="$ROOT/build-$LLVM_VERSION"; fi
BUILD="${PRIVACY_TIDY_BUILD_DIR:-$DEFAULT_BUILD}"
JOBS="${PRIVACY_TIDY_JOBS:-2}"
if [ -f "$BUILD/CMakeCache.txt" ]; then
  configured="$(sed -n 's/^PRIVACY_TIDY_LLVM_VERSION:STRING=//p' "$BUILD/CMakeCache.txt")"
  if [ -n "$configured" ] && [ "$configured" != "$LLVM_VERSION" ]; then
    echo "build.sh: $BUILD is configured for LLVM $configured, not $LLVM_VERSION;" \
         "use another PRIVACY_TIDY_BUILD_DIR" >&2
    exit 2
  fi
fi
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DPRIVACY_TIDY_LLVM_VERSION="$LLVM_VERSION" >/dev/null
fi
cmake --build "$BUILD" -j "$JOBS"
