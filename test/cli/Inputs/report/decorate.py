#!/usr/bin/env python3
"""Adds what other parts of privacy-tidy may write to a log, so the report's
sections for them are tested: a processing register (run property
privacy-tidy/register), structured waiver fields on every suppression, and
baseline states (the second result new, the others unchanged):
decorate.py IN.sarif OUT.sarif"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    log = json.load(f)
run = log["runs"][0]
run.setdefault("properties", {})["privacy-tidy/register"] = [
    {"category": "traffic", "action": "log", "purpose": "billing <dispute>",
     "legalBasis": "none", "locations": ["src/cdr.cpp:7", "src/cdr.cpp:8"]},
    {"category": "location", "action": "export", "purpose": None,
     "legalBasis": "consent", "retentionDays": 30},
]
for i, result in enumerate(run["results"]):
    result["baselineState"] = "new" if i == 1 else "unchanged"
    for s in result.get("suppressions", []):
        s.setdefault("properties", {}).update(
            {"approvedBy": "dpo <office>", "expires": "2027-06-30",
             "reference": "DPIA-2026-03"})
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(log, f, indent=1)
