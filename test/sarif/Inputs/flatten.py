#!/usr/bin/env python3
"""Prints every scalar of a JSON file as `/json/pointer = value`, one a line,
in document order, so FileCheck can state exact SARIF properties."""
import json
import sys


def walk(node, path):
    if isinstance(node, dict):
        if not node:
            print("%s = {}" % path)
        for key, value in node.items():
            walk(value, path + "/" + key.replace("~", "~0").replace("/", "~1"))
    elif isinstance(node, list):
        if not node:
            print("%s = []" % path)
        for index, value in enumerate(node):
            walk(value, "%s/%d" % (path, index))
    else:
        print("%s = %s" % (path, json.dumps(node, ensure_ascii=False)))


with open(sys.argv[1], encoding="utf-8") as f:
    walk(json.load(f), "")
