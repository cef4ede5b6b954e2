#!/usr/bin/env python3
"""Runs Microsoft's SARIF Multitool with GitHub's ingestion rules and fails on
any error or warning (the multitool itself exits 0 either way):
validate_sarif.py MULTITOOL FILE..."""
import re
import subprocess
import sys

multitool, files = sys.argv[1], sys.argv[2:]
proc = subprocess.run([multitool, "validate", "--rule-kind", "Sarif;Gh"] + files,
                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                      universal_newlines=True)
problems = [line for line in proc.stdout.splitlines()
            if re.search(r":\s*(error|warning)\s+[A-Z]+[0-9]+", line)]
for line in problems:
    print(line)
if proc.returncode != 0 or problems or "Done." not in proc.stdout:
    print(proc.stdout if not problems else "", end="")
    print("validate_sarif: %d problem(s), multitool exit code %d"
          % (len(problems), proc.returncode))
    sys.exit(1)
print("validate_sarif: %d file(s) valid" % len(files))
