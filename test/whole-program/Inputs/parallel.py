#!/usr/bin/env python3
"""Runs the given command N times at once (run-clang-tidy -j style) and
fails if any run fails."""
import subprocess, sys
n = int(sys.argv[1])
procs = [subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) for _ in range(n)]
bad = 0
for p in procs:
    _, err = p.communicate()
    if p.returncode:
        bad += 1
        sys.stderr.write(err.decode())
sys.exit(1 if bad else 0)
