#!/usr/bin/env bash
# Configures and builds privacy-tidy into build/ (2 parallel jobs by default).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${PRIVACY_TIDY_BUILD_DIR:-$ROOT/build}"
JOBS="${PRIVACY_TIDY_JOBS:-2}"
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" -j "$JOBS"
