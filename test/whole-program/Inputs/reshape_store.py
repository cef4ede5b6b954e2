#!/usr/bin/env python3
"""Rewrites every function summary of a store as valid JSON of the wrong
shape, keeping its USR (for the wrong-shape test)."""
import glob, json, os, sys
for path in glob.glob(os.path.join(sys.argv[1], "v3", "[0-9a-f][0-9a-f]", "*.json")):
    with open(path) as f:
        usr = json.load(f)["usr"]
    with open(path, "w") as f:
        json.dump({"usr": usr, "sources": [],
                   "return": [{"category": "traffic", "param": "x", "trace": 5}],
                   "sinks": [7], "writes": {"a": 1}}, f)
