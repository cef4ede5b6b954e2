#!/usr/bin/env python3
"""Adds a sink kind and its check in one step (as clang-tidy's add_new_check.py).

  scripts/add-sink-check.py KIND CHECK VERB MACRO [--retention] [--root DIR]
  e.g. scripts/add-sink-check.py display privacy-display displayed PRIVACY_DISPLAY_SINK

Writes, in sorted places: the registry row in annotations/policy/rules.json
(the module registers one check per row, so no C++ changes), the action in
every category of annotations/policy/law.json (first filled with the 'export'
articles and marked for legal review), the annotation macro in
annotations/include/privacy/annotations.h, a lit test skeleton and a doc page.
Rebuild to embed the data; then fill in the TODOs the script prints.
"""
import argparse, json, os, re, sys

def load(path):
    with open(path) as f:
        return json.load(f)

def save(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, path)

def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("kind"); p.add_argument("check"); p.add_argument("verb")
    p.add_argument("macro")
    p.add_argument("--retention", action="store_true",
                   help="the kind carries a retention period (<kind>-period)")
    p.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    a = p.parse_args()
    if not re.fullmatch(r"[a-z][a-z0-9_]*", a.kind):
        sys.exit("add-sink-check: KIND must be lower case letters, digits, '_'")
    if not re.fullmatch(r"privacy-[a-z0-9-]+", a.check):
        sys.exit("add-sink-check: CHECK must be privacy-<name>")
    if not re.fullmatch(r"PRIVACY_[A-Z0-9_]+", a.macro):
        sys.exit("add-sink-check: MACRO must be PRIVACY_<NAME>")
    root = os.path.abspath(a.root)
    rules_path = os.path.join(root, "annotations/policy/rules.json")
    law_path = os.path.join(root, "annotations/policy/law.json")
    header = os.path.join(root, "annotations/include/privacy/annotations.h")
    rules, law = load(rules_path), load(law_path)
    if any(r.get("sink", {}).get("kind") == a.kind or r["id"] == a.check
           for r in rules["rules"]):
        sys.exit("add-sink-check: '%s' or '%s' exists already" % (a.kind, a.check))

    actions = [a.kind] + ([a.kind + "-period"] if a.retention else [])
    for c in law["categories"]:
        for action in actions:
            c["actions"].setdefault(action, dict(c["actions"]["export"]))
    template = next(r for r in rules["rules"] if r["id"] == "privacy-export")
    rule = json.loads(json.dumps(template))
    rule.update({"id": a.check,
                 "name": "PersonalData" + a.verb.capitalize(),
                 "sink": {"kind": a.kind, "verb": a.verb, "annotation": a.macro},
                 "actions": actions,
                 "shortDescription": "Personal data is %s without consent or anonymisation" % a.verb,
                 "docs": "docs/checks/%s.md" % a.check})
    if a.retention:
        rule["sink"]["retentionPeriod"] = True
    # After the last sink rule: existing rules keep their SARIF indexes.
    last = max(i for i, r in enumerate(rules["rules"]) if "sink" in r)
    rules["rules"].insert(last + 1, rule)
    save(law_path, law)
    save(rules_path, rules)

    text = open(header).read()
    anchor = "/* The purpose a sink serves"
    macro = ('/* TODO: where data goes when it is %s. */\n#define %s PRIVACY_TIDY_ANNOTATE_("privacy:sink:%s")\n\n'
             % (a.verb, a.macro, a.kind))
    open(header, "w").write(text.replace(anchor, macro + anchor, 1))

    test_dir = os.path.join(root, "test/checkers/sinks")
    os.makedirs(test_dir, exist_ok=True)
    with open(os.path.join(test_dir, a.check[len("privacy-"):] + ".cpp"), "w") as f:
        f.write("""// RUN: %%clang_tidy --checks='-*,%(check)s' %%s -- -std=c++17 %%test_flags 2>&1 \\
// RUN:   | FileCheck %%s --implicit-check-not='{{warning|error}}:'
#include <privacy/annotations.h>

%(macro)s void sink(long v);
PRIVACY_CONSENT_CHECK("support") bool consent(long imsi);
struct Ue { PRIVACY_SUBSCRIBER_ID long imsi; long bearer; };

void bad(const Ue &u) { sink(u.imsi); }
// CHECK: :[[@LINE-1]]:25: warning: subscriber identifier 'u.imsi' is %(verb)s without recorded consent or anonymisation
void fine(const Ue &u) { if (consent(u.imsi)) sink(u.imsi); sink(u.bearer); }
""" % {"check": a.check, "macro": a.macro, "verb": a.verb})
    with open(os.path.join(root, "docs/checks", a.check + ".md"), "w") as f:
        f.write("# %s\n\nReports personal data that is %s (a `%s` function or\n"
                "parameter) without consent or anonymisation.\n\nTODO: what it finds, why it "
                "matters, the articles (law.json action `%s`), examples, options.\n"
                % (a.check, a.verb, a.macro, a.kind))
    print("added %s (sink kind '%s'). TODO: review the '%s' articles in law.json\n"
          "(copied from 'export'), the descriptions in rules.json, the macro comment,\n"
          "the doc page and the test; list the check in docs/checks/README.md." %
          (a.check, a.kind, "', '".join(actions)))

if __name__ == "__main__":
    main()
