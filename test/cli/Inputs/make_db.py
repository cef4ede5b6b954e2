#!/usr/bin/env python3
"""Writes DIR/compile_commands.json for the sources of DIR/src, with the
compiler flags given after DIR (GCC-style flags for the GCC database test):
make_db.py [--command] DIR [FLAG...]; --command writes each command as one
shell-quoted string instead of an argument array."""
import json
import os
import shlex
import sys

args = sys.argv[1:]
as_command = args[:1] == ["--command"]
if as_command:
    args = args[1:]
root = os.path.abspath(args[0])
flags = args[1:]
entries = []
for name in sorted(os.listdir(os.path.join(root, "src"))):
    compiler = "g++" if name.endswith(".cpp") else "gcc"
    argv = [compiler] + flags + ["-c", "src/" + name]
    entry = {"directory": root, "file": "src/" + name}
    if as_command:
        entry["command"] = shlex.join(argv)
    else:
        entry["arguments"] = argv
    entries.append(entry)
with open(os.path.join(root, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
