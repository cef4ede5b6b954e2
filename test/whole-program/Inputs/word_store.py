#!/usr/bin/env python3
"""Damages the stored summary of log_party (wrapper.cpp) in one way, named
by the first argument, for corrupt-words.test; the store is the second."""
import glob, json, os, sys

def sink(s):
    return s["sinks"][0]

CASES = {
    "this": lambda s: sink(s)["taint"].__setitem__("param", -1),
    "category": lambda s: sink(s)["taint"].__setitem__("category", "nope"),
    "taint": lambda s: sink(s).__setitem__("taint", 5),
    "return": lambda s: s.__setitem__("return", {}),
    "write": lambda s: s.__setitem__("writes", [{}]),
    "pointer": lambda s: s.__setitem__("pointsTo", [{}]),
    "target": lambda s: s.__setitem__("pointsTo", [{"param": 0, "targets": [{}]}]),
    "linked": lambda s: s.__setitem__("links", [{}]),
    "container": lambda s: s.__setitem__("links", [{"param": 0, "into": [{}]}]),
    "kind": lambda s: sink(s).__setitem__("kind", "nope"),
    "no-choices": lambda s: sink(s).__setitem__("sql", {}),
    "choice": lambda s: sink(s).__setitem__(
        "sql", {"statement": 0, "choices": [{"kind": "x"}]}),
    "name": lambda s: sink(s).__setitem__(
        "sql", {"statement": 0, "choices": [{"kind": "nameParam", "param": 9}]}),
    "null-test": lambda s: sink(s).__setitem__(
        "sql", {"statement": 0, "choices": [{"kind": "number", "number": 1, "ifParam": 9}]}),
    "type": lambda s: sink(s).__setitem__("purpose", 5),
    "usr": lambda s: s.__setitem__("usr", "c:@F@other#"),
    "sources": lambda s: s.__setitem__("sources", [{"file": 5}]),
}

case, store = sys.argv[1], sys.argv[2]
for path in glob.glob(os.path.join(store, "v3", "[0-9a-f][0-9a-f]", "*.json")):
    with open(path) as f:
        summary = json.load(f)
    if summary.get("function") != "log_party":
        continue
    CASES[case](summary)
    with open(path, "w") as f:
        json.dump(summary, f)
