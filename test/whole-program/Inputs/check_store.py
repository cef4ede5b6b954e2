#!/usr/bin/env python3
"""Every summary in a store parses, names its USR, and no temporary is left."""
import json, os, sys
count = 0
manifests = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        path = os.path.join(root, f)
        if os.path.basename(root) == "tu" and f.endswith(".json"):
            with open(path) as fh:
                assert json.load(fh)["main"], path
            manifests += 1
            continue
        if not f.endswith(".json"):
            print("leftover file: " + f)
            continue
        with open(path) as fh:
            data = json.load(fh)
        assert data["usr"], path
        count += 1
print("summaries: %d" % count)
print("manifests: %d" % manifests)
