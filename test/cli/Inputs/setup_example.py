#!/usr/bin/env python3
"""Copies examples/telecom to DEST and writes a compile_commands.json for its
sources (no CMake run needed): setup_example.py SOURCE_DIR DEST"""
import glob
import json
import os
import shutil
import sys

source_dir, dest = sys.argv[1], os.path.abspath(sys.argv[2])
if os.path.exists(dest):
    shutil.rmtree(dest)
shutil.copytree(os.path.join(source_dir, "examples", "telecom"), dest)
include = os.path.join(source_dir, "annotations", "include")
entries = [{"directory": dest, "file": src,
            "arguments": ["clang++", "-std=c++17", "-I" + os.path.join(dest, "include"),
                          "-I" + include, "-c", src]}
           for src in sorted(glob.glob(os.path.join(dest, "src", "*.cpp")))]
with open(os.path.join(dest, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
