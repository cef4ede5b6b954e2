#!/usr/bin/env python3
"""Checks the configuration notifications of a SARIF fragment against the
files themselves, hashing them here (FNV-1a 64) rather than trusting the
plugin: check_config_hashes.py SOURCE_DIR FRAGMENT.sarif
Embedded files are read from the source tree (policy/law.json,
policy/rules.json and models/*.json under annotations/). Prints one line per
file, "ROLE NAME ok" or "ROLE NAME MISMATCH", sorted; " (c++ only)" follows a
model file that says "language": "c++" (read here from the file itself)."""
import json
import os
import sys


def fnv1a(data):
    h = 14695981039346656037
    for b in data:
        h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def source_of(source_dir, name):
    if name == "law.json (embedded)":
        return os.path.join(source_dir, "annotations", "policy", "law.json")
    if name == "rules.json (embedded)":
        return os.path.join(source_dir, "annotations", "policy", "rules.json")
    if name.endswith(" (shipped)"):
        return os.path.join(source_dir, "annotations", name[:-len(" (shipped)")])
    return name


source_dir, fragment = sys.argv[1:3]
with open(fragment, encoding="utf-8") as f:
    log = json.load(f)
lines = []
for inv in log["runs"][0]["invocations"]:
    for n in inv.get("toolConfigurationNotifications", []):
        props = n["properties"]
        role, name = props["privacy-tidy/configuration"], props["name"]
        with open(source_of(source_dir, name), "rb") as f:
            text = f.read()
        ok = fnv1a(text) == props["fnv1a64"]
        shown = os.path.basename(name) if os.path.isabs(name) else name
        line = "%s %s %s" % (role, shown, "ok" if ok else "MISMATCH")
        if role == "model" and json.loads(text).get("language") == "c++":
            line += " (c++ only)"
        lines.append(line)
print("\n".join(sorted(lines)))
