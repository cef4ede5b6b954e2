#!/usr/bin/env bash
# Instructions executed (valgrind callgrind) by plain clang-tidy and by
# clang-tidy with each given plugin, per translation unit of a compile
# database: a cost measure that does not move with the machine's load, for
# comparing two builds of the plugin. CPU time is measured by run.sh and
# eval_codebase.py; this complements it. Prints a Markdown table.
#   bench/instructions.sh -p BUILD_DIR --model MODEL.json [--header-filter RE]
#       [--every N] [--clang-tidy PATH] PLUGIN.so [PLUGIN.so ...]
set -euo pipefail
usage() { sed -n 2,8p "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
BUILD= MODEL= HF= EVERY=1 CT=/usr/lib/llvm-19/bin/clang-tidy
while [ $# -gt 0 ]; do
  case "$1" in
    -p) BUILD=$2; shift 2 ;;
    --model) MODEL=$2; shift 2 ;;
    --header-filter) HF=$2; shift 2 ;;
    --every) EVERY=$2; shift 2 ;;
    --clang-tidy) CT=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "instructions.sh: unknown option '$1'" >&2; usage ;;
    *) break ;;
  esac
done
[ -n "$BUILD" ] && [ -f "$BUILD/compile_commands.json" ] ||
  { echo "instructions.sh: no compile_commands.json in '$BUILD' (-p)" >&2; exit 2; }
[ -n "$MODEL" ] && [ -f "$MODEL" ] || { echo "instructions.sh: no model file '$MODEL' (--model)" >&2; exit 2; }
[ $# -gt 0 ] || { echo "instructions.sh: no plugin given" >&2; usage; }
for P in "$@"; do [ -f "$P" ] || { echo "instructions.sh: no plugin at '$P'" >&2; exit 2; }; done
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 2; }
# The same checks as eval_codebase.py: BASE is C++ only, so on C clang-tidy
# runs no check (nor its AST traversal); ONE applies to every language and
# does nothing. Each plugin's ratio is given against both.
BASE='-*,misc-uniqueptr-reset-release'
ONE='-*,portability-restrict-system-includes'
PRIV='-*,privacy-logging,privacy-export,privacy-retention,privacy-unannotated-data'
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
count() {  # count OUT ARGS...: instructions of one clang-tidy run
  local out=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$TMP/cg" "$CT" -p "$BUILD" --quiet \
    ${HF:+--header-filter="$HF"} "$@" >/dev/null 2>"$TMP/log" || true
  awk '/Collected/ {print $4}' "$TMP/log" > "$out"
  [ -s "$out" ] || { echo "instructions.sh: valgrind failed:" >&2; tail -3 "$TMP/log" >&2; exit 1; }
}
TUS=$(python3 -c 'import json,sys; print("\n".join(sorted({e["file"] for e in json.load(open(sys.argv[1]))})))' \
  "$BUILD/compile_commands.json" | awk -v n="$EVERY" 'NR % n == 1 || n == 1')
printf '| TU | plain | one check |'; for P in "$@"; do printf ' %s |' "$(basename "$(dirname "$(dirname "$P")")")/$(basename "$P")"; done; echo
printf '|---|---|---|'; for P in "$@"; do printf -- '---|'; done; echo
declare -A SUM
for TU in $TUS; do
  count "$TMP/base" -checks="$BASE" "$TU"; B=$(cat "$TMP/base"); SUM[plain]=$(( ${SUM[plain]:-0} + B ))
  count "$TMP/one" -checks="$ONE" "$TU"; O=$(cat "$TMP/one"); SUM[one]=$(( ${SUM[one]:-0} + O ))
  printf '| %s | %dM | %dM |' "$(basename "$TU")" $(( B / 1000000 )) $(( O / 1000000 ))
  I=0
  for P in "$@"; do
    count "$TMP/priv" -checks="$PRIV" --load="$P" -config="{CheckOptions: {ModelFiles: '$MODEL'}}" "$TU"
    N=$(cat "$TMP/priv"); SUM[$I]=$(( ${SUM[$I]:-0} + N ))
    printf ' %dM (%s) |' $(( N / 1000000 )) "$(awk -v n="$N" -v b="$B" -v o="$O" 'BEGIN {printf "%.3f / %.3f", n / b, n / o}')"
    I=$((I + 1))
  done
  echo
done
printf '| all | %dM | %dM |' $(( SUM[plain] / 1000000 )) $(( SUM[one] / 1000000 ))
I=0
for P in "$@"; do
  printf ' %dM (%s) |' $(( SUM[$I] / 1000000 )) "$(awk -v n="${SUM[$I]}" -v b="${SUM[plain]}" -v o="${SUM[one]}" 'BEGIN {printf "%.3f / %.3f", n / b, n / o}')"
  I=$((I + 1))
done
echo
