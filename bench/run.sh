#!/usr/bin/env bash
# Measures what the privacy checks add to a clang-tidy run and writes the
# table into docs/performance.md. All options are run.py's; see --help.
#   bench/run.sh --plugin build/plugin/PrivacyTidy.so
#   bench/run.sh --self-test --sizes 2,4,8 --repeat 3    # harness check, no plugin
set -euo pipefail
exec python3 "$(dirname "$0")/run.py" "$@"
