#!/usr/bin/env bash
# Installs every system dependency of privacy-tidy for the given LLVM majors
# (default: $LLVM_VERSION, else 19). Idempotent; needs root (or sudo) and
# Debian 12's package archive.
#   scripts/install-deps.sh            LLVM 19
#   scripts/install-deps.sh 19 22      both (LLVM 22 is in bookworm-security)
set -euo pipefail

LLVM_VERSIONS=("$@")
[ "${#LLVM_VERSIONS[@]}" -gt 0 ] || LLVM_VERSIONS=("${LLVM_VERSION:-19}")
PACKAGES=(
  nlohmann-json3-dev
  cmake
  ninja-build
  pkg-config
  python3
  gcc
  g++
  git
  # Optional: test/lsp's real-editor test (lit feature 'neovim').
  neovim
  # Headless Chromium for the HTML report's tests (lit feature 'chromium'),
  # scripts/report-screenshot.sh and bench/report-10k.py.
  chromium
)
for v in "${LLVM_VERSIONS[@]}"; do
  PACKAGES+=(
    "clang-${v}"
    "clang-tidy-${v}"
    "clang-tools-${v}"
    "libclang-${v}-dev"
    "llvm-${v}-dev"
    "llvm-${v}-tools"
  )
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: must run as root (or with sudo available)" >&2; exit 2
  fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-deps: system packages already installed"
fi
# The SARIF validator is optional: its tests are skipped without it.
"$(dirname "$0")/install-sarif-multitool.sh" || echo "install-deps: warning: SARIF Multitool not installed; its tests will be skipped" >&2
