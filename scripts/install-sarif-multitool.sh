#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool) into
# .deps/ for the test suite's SARIF validation. The linux package ships a
# self-contained .NET executable: no .NET runtime, no network at run time.
# Idempotent. Usage: scripts/install-sarif-multitool.sh [PREFIX] (default .deps)
set -euo pipefail

VERSION="${SARIF_MULTITOOL_VERSION:-5.7.0}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${1:-$ROOT/.deps}"
BIN="$PREFIX/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
LINK="$PREFIX/node_modules/.bin/sarif"

if [ "$(uname -s)" != Linux ] || [ "$(uname -m)" != x86_64 ]; then
  echo "install-sarif-multitool: only linux x86_64 is supported; SARIF validation tests will be skipped" >&2
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-sarif-multitool: npm not found (Debian: apt-get install npm)" >&2
  exit 2
fi
installed=""
if [ -x "$BIN" ]; then installed="$("$BIN" --version 2>&1 || true)"; fi
if [[ "$installed" != "SARIF Multitool $VERSION"* ]]; then
  echo "install-sarif-multitool: installing @microsoft/sarif-multitool@$VERSION into $PREFIX"
  mkdir -p "$PREFIX"
  npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool@$VERSION" >/dev/null
fi
# npm may skip the package's postinstall (chmod); do it here.
chmod u+x "$BIN"
# The tests call the native executable directly: the package's bin.js runs
# it through a shell, which splits arguments such as --rule-kind "Sarif;Gh".
mkdir -p "$(dirname "$LINK")"
ln -sfn ../@microsoft/sarif-multitool-linux/Sarif.Multitool "$LINK"
"$LINK" --version 2>&1 | head -1
