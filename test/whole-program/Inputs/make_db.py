#!/usr/bin/env python3
"""Writes DIR/compile_commands.json for every .cpp and .c in DIR (for the
tests)."""
import json, os, sys
d, include = os.path.abspath(sys.argv[1]), sys.argv[2]


def command(f):
    if f.endswith(".c"):
        return ["clang", "-std=c11", "-I" + include, "-I" + d, "-c",
                os.path.join(d, f)]
    return ["clang++", "-std=c++17", "-I" + include, "-I" + d, "-c",
            os.path.join(d, f)]


entries = [{"directory": d, "file": os.path.join(d, f), "arguments": command(f)}
           for f in sorted(os.listdir(d)) if f.endswith((".cpp", ".c"))]
with open(os.path.join(d, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
