#!/usr/bin/env bash
# Installs every system dependency of privacy-tidy. Idempotent; needs root
# (or sudo) and Debian 12's package archive.
set -euo pipefail

LLVM_VERSION="${LLVM_VERSION:-19}"
PACKAGES=(
  "clang-${LLVM_VERSION}"
  "clang-tidy-${LLVM_VERSION}"
  "clang-tools-${LLVM_VERSION}"
  "libclang-${LLVM_VERSION}-dev"
  "llvm-${LLVM_VERSION}-dev"
  "llvm-${LLVM_VERSION}-tools"
  nlohmann-json3-dev
  cmake
  ninja-build
  python3
  gcc
  g++
  git
)

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
