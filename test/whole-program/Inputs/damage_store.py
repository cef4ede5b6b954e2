#!/usr/bin/env python3
"""Damages a summary store the ways the fail-closed tests need:
damage_store.py MODE STORE FUNCTION [ARG]

  truncate  the summary of FUNCTION becomes invalid JSON
  param     every parameter index in it becomes ARG
  dir       a directory takes its place
  remove    it is deleted
  block     a file takes the place of its <hh> directory, so it cannot be
            written again
  manifests prints the number of TU manifests (FUNCTION is ignored)
"""
import glob, json, os, shutil, sys

mode, store = sys.argv[1], sys.argv[2]
if mode == "manifests":
    print(len(glob.glob(os.path.join(store, "v3", "tu", "*.json"))))
    sys.exit(0)
function = sys.argv[3]
for path in glob.glob(os.path.join(store, "v3", "[0-9a-f][0-9a-f]", "*.json")):
    with open(path) as f:
        summary = json.load(f)
    if summary.get("function") != function:
        continue
    if mode == "truncate":
        with open(path, "w") as f:
            f.write('{"usr": tr')
    elif mode == "param":
        def renumber(value):
            if isinstance(value, dict):
                return {k: int(sys.argv[4]) if k == "param" and isinstance(v, int)
                        else renumber(v) for k, v in value.items()}
            if isinstance(value, list):
                return [renumber(v) for v in value]
            return value
        with open(path, "w") as f:
            json.dump(renumber(summary), f)
    elif mode == "dir":
        os.unlink(path)
        os.mkdir(path)
    elif mode == "remove":
        os.unlink(path)
    elif mode == "block":
        shutil.rmtree(os.path.dirname(path))
        with open(os.path.dirname(path), "w") as f:
            f.write("in the way\n")
    else:
        sys.exit("unknown mode " + mode)
    sys.exit(0)
sys.exit("no summary of " + function + " in " + store)
