#!/usr/bin/env python3
"""Rewrites every function summary of a store (keeping its file) as one
kind of damage the fuzzer found (for corrupt-values.test):
  usr-number        "usr" is not a string
  source-number     a "sources" entry is not an object
  source-file-number  a source's "file" is not a string
  deep              valid JSON nested 100000 levels deep
  big-numbers       the real summary, with every location's line 1e300,
                    column 0, and every write's parameter 1e300
"""
import glob, json, os, sys

def big_numbers(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "loc" and isinstance(value, list) and len(value) == 3:
                value[1], value[2] = 1e300, 0
            elif key == "param":
                node[key] = 1e300
            else:
                big_numbers(value)
    elif isinstance(node, list):
        for value in node:
            big_numbers(value)

kind, store = sys.argv[1], sys.argv[2]
for path in glob.glob(os.path.join(store, "v3", "[0-9a-f][0-9a-f]", "*.json")):
    with open(path) as f:
        summary = json.load(f)
    usr = summary["usr"]
    if kind == "usr-number":
        text = json.dumps({"usr": 5})
    elif kind == "source-number":
        text = json.dumps({"usr": usr, "sources": [5]})
    elif kind == "source-file-number":
        text = json.dumps({"usr": usr, "sources": [{"file": 1, "hash": "0"}]})
    elif kind == "deep":
        text = '{"usr": %s, "x": %s%s}' % (json.dumps(usr), "[" * 100000, "]" * 100000)
    elif kind == "big-numbers":
        summary["sources"] = []
        big_numbers(summary)
        text = json.dumps(summary)
    else:
        sys.exit("unknown kind " + kind)
    with open(path, "w") as f:
        f.write(text)
