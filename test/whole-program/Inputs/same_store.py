#!/usr/bin/env python3
"""Compares two summary stores: the same summaries (file by file, byte for
byte) and the same TU manifests. Prints what differs and exits 1, or prints
"same: N summaries, M manifests"."""
import os, sys


def files(root):
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            path = os.path.join(d, n)
            out[os.path.relpath(path, root)] = path
    return out


a, b = files(sys.argv[1]), files(sys.argv[2])
problems = []
for rel in sorted(set(a) | set(b)):
    if rel not in a or rel not in b:
        problems.append("only in %s: %s" % (sys.argv[1] if rel in a else sys.argv[2], rel))
        continue
    with open(a[rel], "rb") as fa, open(b[rel], "rb") as fb:
        if fa.read() != fb.read():
            problems.append("differs: " + rel)
for p in problems:
    print(p)
if problems:
    sys.exit(1)
manifests = sum(1 for rel in a if rel.split(os.sep)[1:2] == ["tu"])
print("same: %d summaries, %d manifests" % (len(a) - manifests, manifests))
