#!/usr/bin/env python3
"""Prints one line per result of the SARIF logs given: file:line ruleId,
sorted, for FileCheck."""
import json, os, sys
lines = []
for path in sys.argv[1:]:
    with open(path) as f:
        log = json.load(f)
    for run in log["runs"]:
        for r in run.get("results", []):
            loc = r["locations"][0]["physicalLocation"]
            uri = os.path.basename(loc["artifactLocation"]["uri"])
            lines.append("%s:%d %s" % (uri, loc["region"]["startLine"], r["ruleId"]))
print("\n".join(sorted(lines)))
