#!/usr/bin/env bash
# Makes docs/images/report.png: the HTML report of a privacy-tidy run over
# examples/telecom, shot in headless Chromium (Debian package chromium).
#   scripts/report-screenshot.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "report-screenshot: chromium not found (scripts/install-deps.sh installs it)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/test/cli/Inputs/setup_example.py" "$root" "$work/telecom"
(cd "$work/telecom" && "$build/tools/privacy-tidy/privacy-tidy" check -p . \
   --plugin "$build/plugin/PrivacyTidy.so" --source-root . \
   -o "$work/telecom.sarif" --html "$work/report.html" --fail-on none -q > /dev/null)
mkdir -p "$root/docs/images"
"$chromium" --headless --disable-gpu --no-sandbox --hide-scrollbars \
  --user-data-dir="$work/profile" --host-resolver-rules="MAP * ~NOTFOUND" \
  --window-size=1200,2700 --screenshot="$root/docs/images/report.png" \
  "file://$work/report.html" 2> "$work/chromium.log" ||
  { cat "$work/chromium.log" >&2; exit 2; }
echo "report-screenshot: wrote docs/images/report.png"
