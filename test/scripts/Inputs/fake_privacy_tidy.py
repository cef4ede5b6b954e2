"""Stands in for privacy-tidy: a per-TU run reports tu0.c:5 and tu1.c:7, a
whole-program run only tu1.c:7 (one finding lost), so that the superset
check has something to find."""
import json
import sys

args = sys.argv[1:]
out = args[args.index("-o") + 1]
lines = [7] if "--whole-program" in args else [5, 7]
results = [{"ruleId": "privacy-logging",
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "tu%d.c" % (line == 7)},
                "region": {"startLine": line}}}]} for line in lines]
with open(out, "w") as f:
    json.dump({"runs": [{"results": results}]}, f)
sys.exit(1)
