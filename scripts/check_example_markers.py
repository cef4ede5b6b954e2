#!/usr/bin/env python3
"""Compares privacy-tidy findings with the markers in an example's sources.

A `// VIOLATION: <check>: <why>` comment promises a finding of <check> on the
next code line; `// COMPLIANT: <why>` promises none there. Any finding on a
line without a VIOLATION marker is unexpected. Markers whose text contains
"(cross-TU)" are only promised with --whole-program.

usage: check_example_markers.py [--whole-program] SRC_DIR < clang-tidy-output
Exit 0 when findings and markers agree; 1 with a list of differences.
"""
import os
import re
import sys

MARKER = re.compile(r"//\s*(VIOLATION|COMPLIANT):\s*(?:(privacy-[a-z-]+):)?(.*)")
FINDING = re.compile(r"^(.*?):(\d+):\d+: warning: .* \[(privacy-[a-z-]+)\]$")


def markers(src_dir):
    """{(abs_path, line): (kind, check, text)} keyed by the code line."""
    out = {}
    for root, _, files in os.walk(src_dir):
        for name in sorted(files):
            if not name.endswith((".cpp", ".cc", ".h", ".c")):
                continue
            path = os.path.realpath(os.path.join(root, name))
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for i, text in enumerate(lines):
                m = MARKER.search(text)
                if not m:
                    continue
                target = i + 1
                while target < len(lines) and (not lines[target].strip() or
                                               lines[target].strip().startswith("//")):
                    target += 1
                out[(path, target + 1)] = (m.group(1), m.group(2), m.group(3).strip())
    return out


def main():
    args = sys.argv[1:]
    whole_program = "--whole-program" in args
    args = [a for a in args if a != "--whole-program"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    expected = markers(args[0])
    found = {}
    for line in sys.stdin:
        m = FINDING.match(line.rstrip("\n"))
        if m:
            key = (os.path.realpath(m.group(1)), int(m.group(2)))
            found.setdefault(key, set()).add(m.group(3))
    problems = []
    for key, (kind, check, text) in sorted(expected.items()):
        where = "%s:%d" % (os.path.relpath(key[0]), key[1])
        got = found.get(key, set())
        if kind == "VIOLATION":
            if "(cross-TU)" in text and not whole_program:
                if check in got:
                    problems.append("%s: cross-TU finding reported without whole-program mode" % where)
                continue
            if check not in got:
                problems.append("%s: expected %s (%s), found %s" % (where, check, text, sorted(got) or "nothing"))
        elif got:
            problems.append("%s: marked COMPLIANT (%s) but found %s" % (where, text, sorted(got)))
    for key, checks in sorted(found.items()):
        if key not in expected:
            problems.append("%s:%d: unexpected finding %s" % (os.path.relpath(key[0]), key[1], sorted(checks)))
    for p in problems:
        print(p)
    violations = sum(1 for k in expected.values() if k[0] == "VIOLATION")
    print("%d markers (%d violations), %d lines with findings, %d problems" %
          (len(expected), violations, len(found), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
