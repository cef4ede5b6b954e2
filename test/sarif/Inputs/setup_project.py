#!/usr/bin/env python3
"""Copies test/cli/Inputs/PROJECT (default: project) to DEST and writes its
compile_commands.json with absolute paths: setup_project.py DEST [PROJECT]"""
import os
import shutil
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(os.path.dirname(os.path.dirname(here)), "cli", "Inputs",
                      sys.argv[2] if len(sys.argv) > 2 else "project")
dest = os.path.abspath(sys.argv[1])
if os.path.exists(dest):
    shutil.rmtree(dest)
shutil.copytree(source, dest)
with open(os.path.join(dest, "compile_commands.json.in"), encoding="utf-8") as f:
    text = f.read().replace("@DIR@", dest)
with open(os.path.join(dest, "compile_commands.json"), "w", encoding="utf-8") as f:
    f.write(text)
