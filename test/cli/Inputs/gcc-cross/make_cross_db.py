#!/usr/bin/env python3
"""Writes DIR/compile_commands.json for DIR/src/fpu.c compiled by COMPILER
with the flags after it: make_cross_db.py DIR COMPILER [FLAG...]"""
import json
import os
import sys

root = os.path.abspath(sys.argv[1])
argv = [sys.argv[2]] + sys.argv[3:] + ["-c", "src/fpu.c"]
with open(os.path.join(root, "compile_commands.json"), "w") as f:
    json.dump([{"directory": root, "file": "src/fpu.c", "arguments": argv}], f)
