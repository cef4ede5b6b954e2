#!/usr/bin/env bash
# Regenerates the seed corpora of the fuzz harnesses (bench/fuzz/corpus/*)
# from the test inputs, the shipped models and a few logs and stores the
# just-built tools write. Needs a normal build (privacy-sarif-driver,
# privacy-tidy, privacy-tidy-summarize). The corpora are committed; rerun
# this when a reader's format changes, then commit what changed.
#   scripts/fuzz-seeds.sh [BUILD_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$(cd "${1:-${PRIVACY_TIDY_BUILD_DIR:-$ROOT/build}}" && pwd)"
CORPUS="$ROOT/bench/fuzz/corpus"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Files are named by content hash, as libFuzzer names its own.
add() { # add HARNESS FILE
  local sum
  sum=$(sha1sum "$2" | cut -d' ' -f1)
  cp "$2" "$CORPUS/$1/$sum"
}
rm -rf "$CORPUS"
mkdir -p "$CORPUS"/{models,sarif,summary-store,compile-db}

# Model files: the shipped ones and every model file of the tests (broken
# ones included: they are what the error paths read).
for f in "$ROOT"/annotations/models/*.json "$ROOT"/test/checkers/models/Inputs/*.json \
         "$ROOT"/test/whole-program/Inputs/modelled/models/*.json \
         "$ROOT"/test/unannotated-data/Inputs/*.json; do
  add models "$f"
done

# SARIF logs: the writer's test inputs rendered by the driver, the old
# baseline of the CLI tests, and a merge of the rendered logs.
DRIVER="$BUILD/tools/sarif-driver/privacy-sarif-driver"
mkdir -p "$WORK/sarif"
for f in "$ROOT"/test/sarif/Inputs/*.json; do
  (cd "$WORK/sarif" && "$DRIVER" render --input "$f" > "$(basename "$f" .json).sarif")
done
"$BUILD/tools/privacy-tidy/privacy-tidy" merge "$WORK/merged.sarif" "$WORK"/sarif/*.sarif
for f in "$WORK"/sarif/*.sarif "$WORK/merged.sarif" "$ROOT"/test/cli/Inputs/baselines/*.sarif; do
  add sarif "$f"
done

# Compilation databases: the whole-program test projects (arguments form),
# the same with a command string, a relative file, an empty database.
for p in project chain modelled; do
  cp -r "$ROOT/test/whole-program/Inputs/$p" "$WORK/$p"
  python3 "$ROOT/test/whole-program/Inputs/make_db.py" "$WORK/$p" "$ROOT/annotations/include"
  add compile-db "$WORK/$p/compile_commands.json"
done
python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
json.dump([{"directory": "/src", "file": "a.cpp",
            "command": "clang++ -DX=\"a b\" -I include -c a.cpp -o a.o"},
           {"directory": "/src/sub", "file": "../b.cpp", "output": "b.o",
            "arguments": ["clang++", "-c", "../b.cpp"]}],
          open(w + "/command.json", "w"), indent=1)
open(w + "/empty.json", "w").write("[]\n")
PY
add compile-db "$WORK/command.json"
add compile-db "$WORK/empty.json"

# Summary store files: the first pass over the harness's own translation
# unit, without "sources" (a summary whose sources are missing is stale and
# never parsed further), the unit's path written "@TU@" (the harness puts
# its own copy's path there, so locations resolve).
mkdir -p "$WORK/tu"
cp "$ROOT/bench/fuzz/inputs/summary-tu.cpp" "$WORK/tu/"
python3 "$ROOT/test/whole-program/Inputs/make_db.py" "$WORK/tu" "$ROOT/annotations/include"
"$BUILD/tools/summarize/privacy-tidy-summarize" -p "$WORK/tu" --summary-store "$WORK/store" >/dev/null
python3 - "$WORK/store" "$WORK/tu/summary-tu.cpp" "$WORK/seeds" <<'PY'
import glob, json, os, sys
store, tu, out = sys.argv[1:]
os.makedirs(out)
for i, path in enumerate(sorted(glob.glob(os.path.join(store, "v2", "[0-9a-f][0-9a-f]", "*.json")))):
    with open(path) as f:
        j = json.load(f)
    j.pop("sources", None)
    # The harness reads "@TU@" as the path of its translation unit.
    text = json.dumps(j, indent=1).replace(json.dumps(tu)[1:-1], "@TU@")
    with open(os.path.join(out, "%02d.json" % i), "w") as f:
        f.write(text)
PY
for f in "$WORK"/seeds/*.json; do add summary-store "$f"; done

for d in "$CORPUS"/*; do echo "$(basename "$d"): $(ls "$d" | wc -l) seeds"; done
