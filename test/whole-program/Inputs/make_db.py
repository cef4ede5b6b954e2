#!/usr/bin/env python3
"""Writes DIR/compile_commands.json for every .cpp in DIR (for the tests)."""
import json, os, sys
d, include = os.path.abspath(sys.argv[1]), sys.argv[2]
entries = [{"directory": d, "file": os.path.join(d, f),
            "arguments": ["clang++", "-std=c++17", "-I" + include, "-I" + d,
                          "-c", os.path.join(d, f)]}
           for f in sorted(os.listdir(d)) if f.endswith(".cpp")]
with open(os.path.join(d, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
