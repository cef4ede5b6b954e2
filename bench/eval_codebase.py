#!/usr/bin/env python3
"""Runs the privacy checks over a real code base and plain clang-tidy beside it.

For every selected translation unit of a compile database it runs clang-tidy
three times - with one trivial built-in check that is C++ only (the cost of
parsing and of clang-tidy itself; on C no check runs), with one built-in
check that applies to C and C++ and does nothing (that, plus the AST
traversal clang-tidy makes for any check), and with the privacy checks
loaded from the plugin - and records CPU and wall time of each run and
every diagnostic with its notes. The summary gives the TU count, the times and their ratio, and the
findings per check, counted once per place (a header finding repeats in every
TU that includes the header). A seeded random sample of findings is written
for manual review.

Example (docs/evaluation.md has the exact command used):
  nice -n 10 python3 bench/eval_codebase.py -p /work/eval/srsran-build \\
      --include 'lib/(cu_cp|ngap)/' --model examples/models/srsran.json \\
      --header-filter '/work/eval/srsran/(lib|include)/' --jobs 2 --out /tmp/ev
"""

import argparse
import collections
import concurrent.futures
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time

PRIVACY_CHECKS = ("-*,privacy-logging,privacy-export,privacy-retention,"
                  "privacy-unannotated-data")
BASELINE_CHECKS = "-*,misc-uniqueptr-reset-release"
# clang-tidy drops a check that does not apply to the TU's language, and with
# no check left it skips the AST traversal that every real configuration
# pays. misc-uniqueptr-reset-release is C++ only, so on C the baseline above
# runs no check at all. This one applies to C and C++ and does nothing with
# its default options: the same measure in both languages.
CHECK_BASELINE_CHECKS = "-*,portability-restrict-system-includes"
DIAG = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<sev>warning|error|note): (?P<msg>.*?)(?: \[(?P<check>[\w.,-]+)\])?$")


def run_timed(cmd):
    """Runs cmd; returns (stdout+stderr text, exit code, wall s, cpu s)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    return (out.decode("utf-8", "replace"), proc.returncode, wall,
            usage.ru_utime + usage.ru_stime)


def parse_diags(text, directory="/"):
    """Warnings/errors with the notes that follow them; relative paths are
    taken relative to the compile command's directory, as clang reads them."""
    diags = []
    for line in text.splitlines():
        m = DIAG.match(line)
        if not m:
            continue
        d = {k: m.group(k) for k in ("file", "line", "col", "sev", "msg", "check")}
        d["line"], d["col"] = int(d["line"]), int(d["col"])
        # One header reached as lib/x/../h.h and lib/h.h is one place.
        d["file"] = os.path.normpath(os.path.join(directory, d["file"]))
        if d["sev"] == "note":
            if diags:
                diags[-1].setdefault("notes", []).append(
                    {"file": d["file"], "line": d["line"], "col": d["col"], "msg": d["msg"]})
            continue
        diags.append(d)
    return diags


def privacy_config(args, store_mode=None):
    """clang-tidy's -config text for the privacy checks (model, summary store)."""
    opts = []
    if args.model:
        opts.append("ModelFiles: '%s'" % os.path.abspath(args.model))
    if store_mode:
        opts.append("SummaryStore: '%s'" % store_dir(args))
        opts.append("SummaryStoreMode: %s" % store_mode)
    return "{CheckOptions: {%s}}" % ", ".join(opts) if opts else ""


def store_dir(args):
    return os.path.abspath(os.path.join(args.out, "store"))


def tidy_cmd(args, checks, tu, plugin):
    cmd = [args.clang_tidy, "-p", args.build_dir, "-checks=" + checks,
           "--quiet"]
    if args.header_filter:
        cmd.append("--header-filter=" + args.header_filter)
    if plugin:
        cmd += ["--load=" + args.plugin]
        config = privacy_config(args, "read" if args.whole_program else None)
        if config:
            cmd.append("-config=" + config)
    cmd.append(tu)
    return cmd


def first_pass(args, tus):
    """Whole-program mode: privacy-tidy-summarize writes the summaries of
    every selected TU into OUT/store; returns its wall and CPU seconds."""
    if os.path.isdir(store_dir(args)):
        shutil.rmtree(store_dir(args))
    cmd = [args.summarizer, "-p", args.build_dir,
           "--summary-store=" + store_dir(args)]
    if privacy_config(args):
        cmd.append("--config=" + privacy_config(args))
    out, rc, wall, cpu = run_timed(cmd + tus)
    if rc != 0:
        sys.exit("error: first pass failed (exit %d):\n%s" % (rc, out[-2000:]))
    return {"wall": wall, "cpu": cpu}


def keep_fastest(rec, kind, rc, wall, cpu):
    """Keeps the least CPU and wall of the repeats: what interference on a
    shared machine leaves untouched."""
    old = rec.get(kind)
    if old is None:
        rec[kind] = {"rc": rc, "wall": wall, "cpu": cpu}
    else:
        old["wall"] = min(old["wall"], wall)
        old["cpu"] = min(old["cpu"], cpu)


def one_tu(args, tu):
    rec = {"tu": tu}
    if tu in args.baselines:
        rec["baseline"] = args.baselines[tu]
    if tu in args.check_baselines:
        rec["check_baseline"] = args.check_baselines[tu]
    # The three runs interleaved, each --repeat times: a slow spell of the
    # machine falls on all of them alike.
    for _ in range(args.repeat):
        if tu not in args.baselines and not args.no_baseline:
            out, rc, wall, cpu = run_timed(tidy_cmd(args, BASELINE_CHECKS, tu, False))
            keep_fastest(rec, "baseline", rc, wall, cpu)
        if tu not in args.check_baselines and not args.no_baseline:
            out, rc, wall, cpu = run_timed(tidy_cmd(args, CHECK_BASELINE_CHECKS, tu, False))
            keep_fastest(rec, "check_baseline", rc, wall, cpu)
        if args.baseline_only:
            continue
        out, rc, wall, cpu = run_timed(tidy_cmd(args, PRIVACY_CHECKS, tu, True))
        if "privacy" in rec:
            keep_fastest(rec, "privacy", rc, wall, cpu)
            continue
        diags = parse_diags(out, args.tu_dirs.get(tu, "/"))
        rec["privacy"] = {"rc": rc, "wall": wall, "cpu": cpu,
                          "compile_errors": sum(1 for d in diags if d["sev"] == "error"),
                          "diags": [d for d in diags if d["sev"] == "warning"
                                    and (d["check"] or "").startswith("privacy-")]}
    if args.baseline_only:
        rec["privacy"] = {"rc": 0, "wall": 0.0, "cpu": 0.0, "compile_errors": 0, "diags": []}
    return rec


def select_tus(args):
    with open(os.path.join(args.build_dir, "compile_commands.json")) as f:
        db = json.load(f)
    inc = [re.compile(r) for r in args.include]
    exc = [re.compile(r) for r in args.exclude]
    args.tu_dirs = {}
    for e in db:
        tu = os.path.normpath(os.path.join(e["directory"], e["file"]))
        args.tu_dirs.setdefault(tu, e["directory"])
    tus = sorted(args.tu_dirs)
    tus = [t for t in tus if (not inc or any(r.search(t) for r in inc))
           and not any(r.search(t) for r in exc)]
    if args.tu_list:
        with open(args.tu_list) as f:
            wanted = {os.path.normpath(l.strip()) for l in f if l.strip()}
        tus = [t for t in tus if t in wanted]
    return tus[:args.limit] if args.limit else tus


def summarize(records, args):
    ok = [r for r in records if r["privacy"]["compile_errors"] == 0]
    findings = {}
    for r in records:
        for d in r["privacy"]["diags"]:
            d["file"] = os.path.normpath(d["file"])  # records of older runs
            key = (d["file"], d["line"], d["col"], d["check"], d["msg"])
            findings.setdefault(key, dict(d, tus=0))["tus"] += 1
    per_check = collections.Counter(k[3] for k in findings)
    s = {"tus": len(records), "tus_without_compile_errors": len(ok),
         "repeat": getattr(args, "repeat", 1),
         "privacy_cpu_s": sum(r["privacy"]["cpu"] for r in records),
         "privacy_wall_s": sum(r["privacy"]["wall"] for r in records),
         "findings_unique": len(findings),
         "findings_per_check": dict(sorted(per_check.items())),
         "findings_per_check_with_repeats": dict(sorted(collections.Counter(
             d["check"] for r in records for d in r["privacy"]["diags"]).items()))}
    if not args.no_baseline:
        s["baseline_cpu_s"] = sum(r["baseline"]["cpu"] for r in records)
        s["baseline_wall_s"] = sum(r["baseline"]["wall"] for r in records)
        s["cpu_ratio"] = s["privacy_cpu_s"] / max(s["baseline_cpu_s"], 1e-9)
        s["wall_ratio"] = s["privacy_wall_s"] / max(s["baseline_wall_s"], 1e-9)
        if all("check_baseline" in r for r in records):
            s["check_baseline_cpu_s"] = sum(r["check_baseline"]["cpu"] for r in records)
            s["check_baseline_wall_s"] = sum(r["check_baseline"]["wall"] for r in records)
            s["cpu_ratio_check_baseline"] = s["privacy_cpu_s"] / max(s["check_baseline_cpu_s"], 1e-9)
        worst = sorted(records, key=lambda r: r["privacy"]["cpu"] /
                       max(r["baseline"]["cpu"], 1e-9), reverse=True)[:5]
        s["worst_tus"] = [{"tu": r["tu"], "baseline_cpu_s": round(r["baseline"]["cpu"], 2),
                           "privacy_cpu_s": round(r["privacy"]["cpu"], 2)} for r in worst]
    return s, list(findings.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-p", "--build-dir", required=True, help="directory of compile_commands.json")
    ap.add_argument("--include", action="append", default=[], help="regex a TU path must match (any of)")
    ap.add_argument("--exclude", action="append", default=[], help="regex excluding TU paths")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--tu-list", metavar="FILE", help="only the TUs named in FILE (one path a line)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--clang-tidy", default="/usr/lib/llvm-19/bin/clang-tidy")
    ap.add_argument("--plugin", default=os.path.normpath(os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "build", "plugin", "PrivacyTidy.so")))
    ap.add_argument("--model", help="model file passed as ModelFiles")
    ap.add_argument("--header-filter", default="")
    ap.add_argument("--no-baseline", action="store_true", help="skip the plain clang-tidy run")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run each TU's three runs N times, interleaved, and keep each "
                         "one's least CPU and wall time (a shared machine's noise)")
    ap.add_argument("--baseline-only", action="store_true",
                    help="time plain clang-tidy only (no privacy run); reuse it with --baseline-from")
    ap.add_argument("--baseline-from", metavar="DIR",
                    help="take the plain clang-tidy times from DIR/records.jsonl instead of running it again")
    ap.add_argument("--whole-program", action="store_true",
                    help="first write the summaries of every selected TU (privacy-tidy-summarize) "
                         "into OUT/store, then analyse each TU with them")
    ap.add_argument("--summarizer", default=os.path.normpath(os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "build", "tools", "summarize",
        "privacy-tidy-summarize")))
    ap.add_argument("--sample", type=int, default=20, help="findings of each check to sample for review")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--summarize-only", action="store_true",
                    help="recompute summary and sample from OUT/records.jsonl (a finished or interrupted run)")
    args = ap.parse_args()
    if args.repeat < 1:
        sys.exit("error: --repeat must be at least 1, not %d" % args.repeat)
    if args.summarize_only:
        with open(os.path.join(args.out, "records.jsonl")) as f:
            records = [json.loads(l) for l in f if l.strip()]
        args.no_baseline = args.no_baseline or any("baseline" not in r for r in records)
        write_results(args, records)
        return
    if not os.path.isfile(os.path.join(args.build_dir, "compile_commands.json")):
        sys.exit("error: no compile_commands.json in %s" % args.build_dir)
    if not os.path.isfile(args.plugin):
        sys.exit("error: plugin not found: %s" % args.plugin)
    if args.model and not os.path.isfile(args.model):
        sys.exit("error: model file not found: %s" % args.model)
    os.makedirs(args.out, exist_ok=True)
    args.baselines = {}
    args.check_baselines = {}
    if args.baseline_from:
        with open(os.path.join(args.baseline_from, "records.jsonl")) as f:
            recs = [json.loads(l) for l in f if l.strip()]
        args.baselines = {r["tu"]: r["baseline"] for r in recs if "baseline" in r}
        args.check_baselines = {r["tu"]: r["check_baseline"] for r in recs
                                if "check_baseline" in r}
    tus = select_tus(args)
    if not tus:
        sys.exit("error: no translation unit selected")
    print("%d translation units, %d jobs" % (len(tus), args.jobs), file=sys.stderr)
    if args.whole_program:
        with open(os.path.join(args.out, "first_pass.json"), "w") as f:
            json.dump(first_pass(args, tus), f)
    records = []
    start = time.monotonic()
    with open(os.path.join(args.out, "records.jsonl"), "w") as log, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for i, rec in enumerate(pool.map(lambda t: one_tu(args, t), tus), 1):
            records.append(rec)
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print("[%d/%d %.0fs] %s: %d findings" % (
                i, len(tus), time.monotonic() - start, rec["tu"],
                len(rec["privacy"]["diags"])), file=sys.stderr)
    write_results(args, records)


def write_results(args, records):
    summary, findings = summarize(records, args)
    fp = os.path.join(args.out, "first_pass.json")
    if os.path.isfile(fp):
        with open(fp) as f:
            summary["first_pass"] = json.load(f)
    summary["command"] = " ".join(tidy_cmd(args, PRIVACY_CHECKS, "<tu>", True))
    summary["baseline_command"] = " ".join(tidy_cmd(args, BASELINE_CHECKS, "<tu>", False))
    summary["check_baseline_command"] = " ".join(
        tidy_cmd(args, CHECK_BASELINE_CHECKS, "<tu>", False))
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
    with open(os.path.join(args.out, "findings.json"), "w") as f:
        json.dump(findings, f, indent=1)
    # Stratified: up to --sample findings of every check, so a check with few
    # findings is reviewed too.
    rng = random.Random(args.seed)
    sample = []
    for check in sorted({f["check"] for f in findings}):
        pool = sorted((f for f in findings if f["check"] == check),
                      key=lambda f: (f["file"], f["line"], f["col"], f["msg"]))
        sample += rng.sample(pool, min(args.sample, len(pool)))
    with open(os.path.join(args.out, "sample.json"), "w") as f:
        json.dump(sample, f, indent=1)
    json.dump(summary, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
