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
# The rows as the sink checks write them (docs/register.md).
run.setdefault("properties", {})["privacy-tidy/register"] = [
    {"category": "traffic", "action": "log", "sink": "log_line",
     "purpose": "billing <dispute>", "basis": "none", "consentPurpose": None,
     "retention": None,
     "locations": [{"uri": "src/cdr.cpp", "uriBaseId": "%SRCROOT%", "line": 7},
                   {"uri": "src/cdr.cpp", "uriBaseId": "%SRCROOT%", "line": 8}]},
    {"category": "location", "action": "export", "sink": "push_offer",
     "purpose": None, "basis": "consent", "consentPurpose": "marketing",
     "retention": 30, "locations": []},
]
for i, result in enumerate(run["results"]):
    result["baselineState"] = "new" if i == 1 else "unchanged"
    for s in result.get("suppressions", []):
        s.setdefault("properties", {}).update(
            {"approvedBy": "dpo <office>", "expires": "2027-06-30",
             "reference": "DPIA-2026-03"})
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(log, f, indent=1)
