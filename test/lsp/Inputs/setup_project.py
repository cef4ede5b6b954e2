#!/usr/bin/env python3
"""Copies Inputs/project to DEST with a compile_commands.json for ue.cpp,
ue.c, clean.cpp and broken.cpp (notlisted.cpp is not in it):
setup_project.py ANNOTATIONS_INCLUDE DEST"""
import json
import os
import shutil
import sys

include, dest = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
if os.path.exists(dest):
    shutil.rmtree(dest)
shutil.copytree(os.path.join(os.path.dirname(__file__), "project"), dest)
entries = []
for name, compiler, std in (("ue.cpp", "clang++", "-std=c++17"),
                            ("ue.c", "clang", "-std=c11"),
                            ("clean.cpp", "clang++", "-std=c++17"),
                            ("broken.cpp", "clang++", "-std=c++17")):
    entries.append({"directory": dest, "file": name,
                    "arguments": [compiler, std, "-I" + include, "-c", name]})
with open(os.path.join(dest, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
