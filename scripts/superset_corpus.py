#!/usr/bin/env python3
"""Whole-program mode finds at least what per-TU mode finds, on a generated
corpus.

Writes a small random C project (sources: annotated parameters, globals and
struct fields; calls across files; log, export and retain sinks; consent
checks; unknown functions) with a compile database into --workdir, runs
`privacy-tidy check` per translation unit and with `--whole-program`, and
checks that every per-TU finding (file, line, check) is also a
whole-program finding. Prints
the counts and each missing finding; exits 1 when one is missing, 2 when a
run fails. Python standard library only; the same --seed gives the same
corpus.

  scripts/superset_corpus.py --seed 7 --files 3 --functions 4 \\
      --privacy-tidy build/tools/privacy-tidy/privacy-tidy \\
      --annotations-include annotations/include --workdir /tmp/corpus
"""
import argparse
import json
import os
import random
import shlex
import shutil
import subprocess
import sys

CHECKS = "-*,privacy-logging,privacy-export,privacy-retention"

HEADER = """\
#ifndef CORPUS_H
#define CORPUS_H
#include <privacy/annotations.h>
#include <string.h>
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_LOCATION_DATA int cell;
  int id;
};
PRIVACY_LOG_SINK void log_line(const char *fmt, ...);
PRIVACY_EXPORT_SINK void send_out(const char *payload);
PRIVACY_CONSENT_CHECK("marketing") int may_use(const char *subscriber);
int ext_status(const char *p);      /* defined nowhere: unknown code */
const char *ext_name(const char *p);
"""


class Corpus:
    """The functions f<file>_<n>(const char *a, const struct ue *u, int n)
    call only functions after them in (file, n) order: no recursion."""

    def __init__(self, rnd, files, functions):
        self.rnd, self.files, self.functions = rnd, files, functions
        self.names = [(f, n) for f in range(files) for n in range(functions)]

    def name(self, fn):
        return "f%d_%d" % fn

    def later(self, fn):
        return self.names[self.names.index(fn) + 1:]

    def data(self, fn):
        """An expression that may be personal data, as a string."""
        return self.rnd.choice(["a", "u->imsi", "g_imsi_%d" % fn[0],
                                "g_imsi_%d" % self.rnd.randrange(self.files),
                                "\"constant\"", "t"])

    def statement(self, fn, depth):
        r = self.rnd.randrange(11)
        if r == 9:
            return '{ int rv = ext_status(%s); log_line("%%d", rv); }' % \
                self.data(fn)
        if r == 10:
            return 'log_line("%%s", ext_name(%s));' % self.data(fn)
        if r == 0:
            return 'log_line("%%s", %s);' % self.data(fn)
        if r == 1:
            return 'log_line("%d %d", u->cell, n);'
        if r == 2:
            return "send_out(%s);" % self.data(fn)
        if r == 3:
            return "strcpy(g_last_%d, %s);" % (fn[0], self.data(fn))
        if r == 4 and depth < 2:
            return "if (may_use(a)) { %s }" % self.statement(fn, depth + 1)
        if r == 5 and depth < 2:
            return "if (!may_use(%s)) return;" % self.data(fn)
        if r == 6:
            return "t = %s;" % self.data(fn)
        later = self.later(fn)
        if later:
            callee = self.rnd.choice(later)
            return "%s(%s, u, n);" % (self.name(callee), self.data(fn))
        return 'log_line("%d", n);'

    def function(self, fn):
        body = [self.statement(fn, 0)
                for _ in range(self.rnd.randrange(2, 6))]
        return ("void %s(const char *a, const struct ue *u, int n) {\n"
                "  const char *t = \"none\";\n  %s\n  (void)t;\n}\n"
                % (self.name(fn), "\n  ".join(body)))

    def header(self):
        lines = [HEADER]
        for f in range(self.files):
            lines.append("extern PRIVACY_SUBSCRIBER_ID const char *g_imsi_%d;"
                         % f)
            lines.append("extern char g_last_%d[16];" % f)
        for fn in self.names:
            lines.append("void %s(const char *a, const struct ue *u, int n);"
                         % self.name(fn))
        lines.append("#endif")
        return "\n".join(lines) + "\n"

    def source(self, f):
        out = ['#include "corpus.h"',
               "const char *g_imsi_%d;" % f, "char g_last_%d[16];" % f]
        for n in range(self.functions):
            out.append(self.function((f, n)))
        out.append("void entry_%d(PRIVACY_SUBSCRIBER_ID const char *imsi, "
                   "const struct ue *u) {\n  %s(imsi, u, 0);\n}"
                   % (f, self.name((f, 0))))
        return "\n".join(out) + "\n"


def write_project(args):
    rnd = random.Random(args.seed)
    corpus = Corpus(rnd, args.files, args.functions)
    if os.path.exists(args.workdir):
        shutil.rmtree(args.workdir)
    os.makedirs(args.workdir)
    with open(os.path.join(args.workdir, "corpus.h"), "w") as out:
        out.write(corpus.header())
    entries = []
    for f in range(args.files):
        path = os.path.join(args.workdir, "tu%d.c" % f)
        with open(path, "w") as out:
            out.write(corpus.source(f))
        entries.append({"directory": args.workdir, "file": path,
                        "arguments": ["clang", "-std=c11",
                                      "-I" + args.annotations_include,
                                      "-I" + args.workdir, "-c", path]})
    with open(os.path.join(args.workdir, "compile_commands.json"), "w") as out:
        json.dump(entries, out, indent=1)


def findings(args, name, extra):
    """The (file, line, check) of every result of one run."""
    sarif = os.path.join(args.workdir, name + ".sarif")
    cmd = shlex.split(args.privacy_tidy) + ["check", "-p", args.workdir, "--checks=" + CHECKS,
           "--progress", "none", "-j", "1", "-o", sarif] + extra
    run = subprocess.run(cmd, cwd=args.workdir, capture_output=True, text=True)
    # 0: no findings, 1: findings; anything else is a failed run.
    if run.returncode not in (0, 1) or not os.path.exists(sarif):
        sys.stderr.write("superset_corpus: %s failed (exit %d):\n%s%s" %
                         (" ".join(cmd), run.returncode, run.stdout,
                          run.stderr))
        sys.exit(2)
    with open(sarif, encoding="utf-8") as f:
        log = json.load(f)
    out = set()
    for result in log["runs"][0].get("results", []):
        loc = result["locations"][0]["physicalLocation"]
        out.add((loc["artifactLocation"]["uri"], loc["region"]["startLine"],
                 result["ruleId"]))
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--files", type=int, default=3)
    p.add_argument("--functions", type=int, default=4)
    p.add_argument("--privacy-tidy", required=True,
                   help="the privacy-tidy command (split like a shell)")
    p.add_argument("--annotations-include", required=True)
    p.add_argument("--workdir", required=True)
    args = p.parse_args()
    args.workdir = os.path.abspath(args.workdir)
    args.annotations_include = os.path.abspath(args.annotations_include)
    write_project(args)
    per_tu = findings(args, "per-tu", [])
    whole = findings(args, "whole", ["--whole-program"])
    missing = sorted(per_tu - whole)
    print("seed %d: %d per-TU findings, %d whole-program findings, "
          "%d missing in whole-program mode" %
          (args.seed, len(per_tu), len(whole), len(missing)))
    for uri, line, check in missing:
        print("missing: %s:%d [%s]" % (uri, line, check))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
