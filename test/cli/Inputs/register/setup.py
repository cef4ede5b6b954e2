#!/usr/bin/env python3
"""Copies the register test project to DEST and writes its
compile_commands.json (billing.c as C, offers.cpp as C++):
setup.py SOURCE_DIR DEST"""
import json
import os
import shutil
import sys

source_dir, dest = sys.argv[1], os.path.abspath(sys.argv[2])
if os.path.exists(dest):
    shutil.rmtree(dest)
here = os.path.dirname(os.path.abspath(__file__))
shutil.copytree(os.path.join(here, "project"), dest)
include = os.path.join(source_dir, "annotations", "include")
flags = ["-I" + os.path.join(dest, "include"), "-I" + include, "-c"]
entries = [
    {"directory": dest, "file": "src/billing.c",
     "arguments": ["clang", "-x", "c", "-std=c11"] + flags + ["src/billing.c"]},
    {"directory": dest, "file": "src/offers.cpp",
     "arguments": ["clang++", "-std=c++17"] + flags + ["src/offers.cpp"]},
]
with open(os.path.join(dest, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
