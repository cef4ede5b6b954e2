"""Reads two clang-tidy outputs: every finding (file:line, check) of the
first (per-TU mode) must be in the second (whole-program mode). Prints the
count and each finding missing from the second."""
import re
import sys

FINDING = re.compile(r"^(.*?):(\d+):\d+: warning: .* \[([\w.-]+)\]$")


def keys(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = FINDING.match(line.rstrip("\n"))
            if m:
                out.add((m.group(1), int(m.group(2)), m.group(3)))
    return out


per_tu, whole = keys(sys.argv[1]), keys(sys.argv[2])
missing = sorted(per_tu - whole)
print("%d per-TU findings, %d missing in whole-program mode" %
      (len(per_tu), len(missing)))
for f, line, check in missing:
    print("missing: %s:%d [%s]" % (f, line, check))
