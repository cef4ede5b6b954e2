#!/usr/bin/env python3
"""Runs a command and fails unless it exits with the given code:
expect_exit.py CODE COMMAND ARGS... (lit's shell has no $?)"""
import subprocess
import sys

expected = int(sys.argv[1])
code = subprocess.call(sys.argv[2:])
if code != expected:
    print("expect_exit: '%s' exited with %d, expected %d"
          % (" ".join(sys.argv[2:]), code, expected), file=sys.stderr)
    sys.exit(1)
