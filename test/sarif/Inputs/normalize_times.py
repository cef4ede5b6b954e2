#!/usr/bin/env python3
"""Prints a SARIF log with invocation times replaced by TIME and privacy-tidy's
own invocations (property privacy-tidy/driver: their command lines differ
between a run and its shards) left out, so two runs compare byte for byte:
normalize_times.py FILE"""
import json
import re
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
for run in log.get("runs", []):
    if "invocations" in run:
        run["invocations"] = [
            i for i in run["invocations"]
            if not i.get("properties", {}).get("privacy-tidy/driver")]
text = json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
sys.stdout.write(re.sub(r'"(startTimeUtc|endTimeUtc)": "[^"]*"', r'"\1": "TIME"', text))
