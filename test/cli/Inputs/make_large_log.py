#!/usr/bin/env python3
"""Writes a privacy-tidy log over GitHub's upload limits from a small one:
make_large_log.py IN OUT RESULTS NOTES STEPS. The first unsuppressed result of
IN is copied RESULTS times as small as a valid result can be (NOTES of them
at level "note", the rest "error"), and once more with a path of STEPS
locations whose messages number them ("step 0" ...)."""
import copy
import json
import sys

source, target = sys.argv[1], sys.argv[2]
results, notes, steps = (int(a) for a in sys.argv[3:6])
with open(source, encoding="utf-8") as f:
    log = json.load(f)
run = log["runs"][0]
model = next(r for r in run["results"] if not r.get("suppressions"))
out = [{"ruleId": model["ruleId"], "level": "note" if i < notes else "error",
        "message": {"text": "m"}, "locations": [],
        "partialFingerprints": {"privacyFinding/v1": "%x:1" % i}}
       for i in range(results)]
long_path = copy.deepcopy(model)
step = long_path["codeFlows"][0]["threadFlows"][0]["locations"][0]
path = []
for i in range(steps):
    s = copy.deepcopy(step)
    s["location"]["message"]["text"] = "step %d" % i
    path.append(s)
long_path["codeFlows"][0]["threadFlows"][0]["locations"] = path
long_path["partialFingerprints"] = {"privacyFinding/v1": "%x:1" % results}
out.append(long_path)
run["results"] = out
with open(target, "w", encoding="utf-8") as f:
    json.dump(log, f)
