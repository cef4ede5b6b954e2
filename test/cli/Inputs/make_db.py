#!/usr/bin/env python3
"""Writes DIR/compile_commands.json for the sources of DIR/src, with the
compiler flags given after DIR (GCC-style flags for the GCC database test):
make_db.py DIR [FLAG...]"""
import json
import os
import sys

root = os.path.abspath(sys.argv[1])
flags = sys.argv[2:]
entries = []
for name in sorted(os.listdir(os.path.join(root, "src"))):
    compiler = "g++" if name.endswith(".cpp") else "gcc"
    entries.append({"directory": root, "file": "src/" + name,
                    "arguments": [compiler] + flags + ["-c", "src/" + name]})
with open(os.path.join(root, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
