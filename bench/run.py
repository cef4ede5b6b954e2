#!/usr/bin/env python3
"""Measures what the privacy checks add to a clang-tidy run.

For each workload (synthetic corpora of several sizes from
generate_corpus.py, and the bundled example) and each mode, it times

  baseline: clang-tidy -checks='-*,<one cheap check>'           (no plugin)
  privacy:  clang-tidy --load <plugin> -checks='-*,privacy-*'

with the same clang-tidy over the same files, interleaved (A B, then B A)
and repeated; it reports the median wall time and peak RSS of each side and
their ratio, and writes a markdown table into docs/performance.md between
the markers

  <!-- BEGIN bench-results -->  ...  <!-- END bench-results -->

so the prose around it stays. Wall time and peak RSS come from wait4() on
the clang-tidy process itself (what GNU time reports as %e and %M), so no
extra package is needed.

One command reproduces the published numbers (after building the plugin):

  bench/run.sh --plugin build/plugin/PrivacyTidy.so

--self-test runs the baseline check on both sides without the plugin: the
ratios must come out near 1.00, which shows the harness measures fairly.
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import generate_corpus  # noqa: E402

BEGIN_MARKER = "<!-- BEGIN bench-results -->"
END_MARKER = "<!-- END bench-results -->"
TARGET_OVERHEAD = 0.15
# The targets per mode, as ratios to one plain clang-tidy run: a per-TU run
# adds at most 15%; the two passes of whole-program mode cost less than two
# plain runs.
TARGET_RATIO = {"per-tu": 1 + TARGET_OVERHEAD, "whole-program": 2.0}

# A check that costs next to nothing and stays silent on the corpus and the
# example: a baseline that prints thousands of warnings would inflate the
# baseline time and flatter the ratio.
DEFAULT_BASELINE_CHECK = "misc-uniqueptr-reset-release"


class BenchError(Exception):
    """A problem the user must fix; printed without a traceback."""


# --------------------------------------------------------------------------
# Modes. A mode is the list of clang-tidy passes the privacy side runs over
# a workload; their times and peak RSS add up (time) or take the max (RSS)
# into one sample. The baseline is always one pass of the cheap check.
#
# Each pass is a list of extra clang-tidy arguments; "{store}" is replaced
# by a fresh empty directory per sample (shared by the passes of that
# sample), "{checks}" by the privacy check pattern. A pass {"summarize":
# [args]} runs privacy-tidy-summarize instead of clang-tidy.
#
# whole-program: what `privacy-tidy check --whole-program` runs, in one
# process per pass: privacy-tidy-summarize writes the summaries, then
# clang-tidy reads them and reports (docs/whole-program.md).
# --------------------------------------------------------------------------
MODES = {
    "per-tu": [["-checks=-*,{checks}"]],
    "whole-program": [
        {"summarize": []},
        ["-checks=-*,{checks}",
         "-config={CheckOptions: {SummaryStore: '{store}', SummaryStoreMode: read}}"],
    ],
}


def mode_passes(mode):
    if mode not in MODES:
        raise BenchError("unknown mode '%s' (known: %s)" % (mode, ", ".join(MODES)))
    passes = MODES[mode]
    if passes is None:
        raise BenchError("mode '%s' is not defined yet: fill in MODES['%s'] in %s"
                         % (mode, mode, os.path.abspath(__file__)))
    return passes


# --------------------------------------------------------------------------
# Running and measuring one process.
# --------------------------------------------------------------------------

def measure(cmd, log_path):
    """Runs cmd; returns (wall seconds, peak RSS KiB, CPU seconds: user +
    system of the process and its children). Output goes to log_path."""
    with open(log_path, "wb") as log:
        start = time.monotonic()
        try:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        except OSError as e:
            raise BenchError("cannot run %s: %s" % (cmd[0], e))
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status) if hasattr(
        os, "waitstatus_to_exitcode") else (status >> 8)
    if proc.returncode != 0:
        with open(log_path, "rb") as log:
            tail = log.read()[-3000:].decode("utf-8", "replace")
        raise BenchError("command failed with exit code %d:\n  %s\nlast output:\n%s"
                         % (proc.returncode, " ".join(shlex.quote(c) for c in cmd), tail))
    with open(log_path, "rb") as log:
        text = log.read().decode("utf-8", "replace")
    if " error: " in text or text.startswith("error: "):
        first = next(line for line in text.splitlines() if "error: " in line)
        raise BenchError("clang-tidy reported an error (%s); see %s" % (first, log_path))
    return wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime  # RSS: KiB


class Side:
    """One configuration being timed: baseline or privacy."""

    def __init__(self, name, clang_tidy, load, passes, checks, summarizer=None):
        self.name = name
        self.clang_tidy = clang_tidy
        self.load = load
        self.passes = passes
        self.checks = checks
        self.summarizer = summarizer

    def commands(self, build_dir, files, store):
        cmds = []
        for extra in self.passes:
            if isinstance(extra, dict):
                cmds.append([self.summarizer, "--summary-store=" + store]
                            + list(extra["summarize"]) + ["-p", build_dir] + files)
                continue
            cmd = [self.clang_tidy]
            if self.load:
                cmd.append("--load=" + self.load)
            cmd += [a.replace("{store}", store).replace("{checks}", self.checks)
                    for a in extra]
            cmd += ["--quiet", "-p", build_dir] + files
            cmds.append(cmd)
        return cmds

    def sample(self, build_dir, files, work_dir, tag):
        store = tempfile.mkdtemp(prefix="store-", dir=work_dir)
        try:
            total_wall, peak, total_cpu = 0.0, 0, 0.0
            for i, cmd in enumerate(self.commands(build_dir, files, store)):
                log = os.path.join(work_dir, "%s-%s-pass%d.log" % (tag, self.name, i))
                wall, rss, cpu = measure(cmd, log)
                total_wall += wall
                total_cpu += cpu
                peak = max(peak, rss)
            return total_wall, peak, total_cpu
        finally:
            shutil.rmtree(store, ignore_errors=True)


# --------------------------------------------------------------------------
# Workloads.
# --------------------------------------------------------------------------

class Workload:
    def __init__(self, name, build_dir, files, lines):
        self.name = name
        self.build_dir = build_dir
        self.files = files
        self.lines = lines


def corpus_workloads(work_dir, sizes, seed, annotations_include):
    corpus_dir = os.path.join(work_dir, "corpus-seed%d" % seed)
    meta_path = os.path.join(corpus_dir, "corpus.json")
    largest = max(sizes)
    meta = None
    if os.path.isfile(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
        if len(meta.get("units", [])) < largest:
            meta = None
    if meta is None:
        print("bench: generating a corpus of %d units in %s" % (largest, corpus_dir),
              flush=True)
        meta = generate_corpus.generate(corpus_dir, largest, seed=seed,
                                        annotations_include=annotations_include)
    result = []
    for n in sorted(sizes):
        units = meta["units"][:n]
        result.append(Workload("corpus-%d" % n, corpus_dir,
                               [u["file"] for u in units],
                               sum(u["lines"] for u in units)))
    return result


def example_workload(work_dir, cmake, compiler):
    source = os.path.join(REPO, "examples", "telecom")
    build = os.path.join(work_dir, "example-build")
    if not os.path.isdir(source):
        raise BenchError("the example is missing: %s" % source)
    if not shutil.which(cmake):
        raise BenchError("cmake not found (%s); it configures the example. "
                         "Pass --no-example to skip it." % cmake)
    cmd = [cmake, "-S", source, "-B", build, "-DCMAKE_CXX_COMPILER=" + compiler]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise BenchError("configuring the example failed:\n%s"
                         % proc.stdout.decode("utf-8", "replace")[-3000:])
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        files = sorted(entry["file"] for entry in json.load(f))
    lines = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines += sum(1 for _ in f)
    return Workload("example-telecom", build, files, lines)


# --------------------------------------------------------------------------
# Reporting.
# --------------------------------------------------------------------------

def clang_tidy_version(clang_tidy):
    proc = subprocess.run([clang_tidy, "--version"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if "version" in line.lower():
            return line.strip()
    return "unknown"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_revision():
    """HEAD, marked "+changes" when tracked files differ from it: the
    numbers then belong to no commit."""
    try:
        proc = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        rev = proc.stdout.decode().strip() or "unknown"
        status = subprocess.run(["git", "-C", REPO, "status", "--porcelain",
                                 "--untracked-files=no"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if status.stdout.strip():
            rev += "+changes"
        return rev
    except OSError:
        return "unknown"


def render_table(results, meta):
    out = []
    privacy = "`%s-checks='-*,%s'`" % (
        "--load %s " % meta["plugin_name"] if meta["plugin_name"] else "",
        meta["privacy_checks"])
    out.append("Measured %s on %s (%d cores), %s, revision %s; median of %d runs "
               "per cell, interleaved. Baseline: `-checks='-*,%s'` without the "
               "plugin. Privacy: %s. Lines: the analysed .cpp files, headers "
               "not counted."
               % (meta["date"], meta["cpu"], meta["cores"], meta["clang_tidy_version"],
                  meta["revision"], meta["repeat"], meta["baseline_check"], privacy))
    if meta["self_test"]:
        out.append("")
        out.append("**Self-test run:** both sides ran the baseline check without the "
                   "plugin; the ratios show the harness's own noise, not the checks.")
    out.append("")
    out.append("| Workload | Mode | TUs | Lines | Baseline s | Privacy s | Time ratio "
               "| Baseline CPU s | Privacy CPU s | CPU ratio "
               "| Baseline MiB | Privacy MiB | RSS ratio | Target | Met |")
    out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|")
    for r in results:
        target = TARGET_RATIO.get(r["mode"], 1 + TARGET_OVERHEAD)
        out.append("| %s | %s | %d | %d | %.2f | %.2f | %.3f | %.2f | %.2f | %.3f "
                   "| %.0f | %.0f | %.3f | < %.2f | %s |" % (
            r["workload"], r["mode"], r["tus"], r["lines"], r["baseline_s"],
            r["privacy_s"], r["time_ratio"], r["baseline_cpu_s"], r["privacy_cpu_s"],
            r["cpu_ratio"], r["baseline_kib"] / 1024.0,
            r["privacy_kib"] / 1024.0, r["rss_ratio"], target,
            "yes" if max(r["time_ratio"], r["cpu_ratio"]) <= target else "**no**"))
    return "\n".join(out)


def write_between_markers(path, table):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise BenchError("cannot read %s: %s" % (path, e))
    begin = text.find(BEGIN_MARKER)
    end = text.find(END_MARKER)
    if begin < 0 or end < 0 or end < begin:
        raise BenchError("%s lacks the markers %s ... %s; add them where the table goes"
                         % (path, BEGIN_MARKER, END_MARKER))
    new = text[:begin + len(BEGIN_MARKER)] + "\n" + table + "\n" + text[end:]
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(new)
    os.replace(tmp, path)


# --------------------------------------------------------------------------

def check_plugin(clang_tidy, plugin, checks):
    if not os.path.isfile(plugin):
        raise BenchError("plugin not found: %s\n  build it first (cmake --build build "
                         "--target PrivacyTidy) or pass --plugin PATH; "
                         "--self-test checks the harness without it" % plugin)
    proc = subprocess.run([clang_tidy, "--load=" + plugin, "-checks=-*," + checks,
                           "--list-checks"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    text = proc.stdout.decode("utf-8", "replace")
    enabled = any(line.strip().startswith("privacy-") for line in text.splitlines())
    if proc.returncode != 0 and "No checks enabled" not in text:
        raise BenchError("%s cannot load %s:\n%s" % (clang_tidy, plugin, text[-2000:]))
    if not enabled:
        raise BenchError("%s loads %s but enables no check for '%s':\n%s"
                         % (clang_tidy, plugin, checks, text[-2000:]))


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Measures the cost of the privacy checks relative to a "
                    "plain clang-tidy run.")
    p.add_argument("--clang-tidy", default="/usr/lib/llvm-19/bin/clang-tidy",
                   help="the clang-tidy that loads the plugin (default %(default)s)")
    p.add_argument("--plugin", default=os.path.join(REPO, "build", "plugin", "PrivacyTidy.so"),
                   help="the privacy-tidy plugin (default %(default)s)")
    p.add_argument("--summarizer",
                   default=os.path.join(REPO, "build", "tools", "summarize",
                                        "privacy-tidy-summarize"),
                   help="privacy-tidy-summarize, the first pass of the whole-program "
                        "mode (default %(default)s)")
    p.add_argument("--privacy-checks", default="privacy-*",
                   help="check pattern of the privacy side (default %(default)s)")
    p.add_argument("--baseline-check", default=DEFAULT_BASELINE_CHECK,
                   help="the cheap check of the baseline (default %(default)s)")
    p.add_argument("--sizes", default="10,30,100",
                   help="corpus sizes in translation units, comma-separated (default %(default)s)")
    p.add_argument("--repeat", type=int, default=3,
                   help="timed runs per side and workload; the median is reported (default %(default)s)")
    p.add_argument("--warmup", type=int, default=1,
                   help="untimed runs per side before the first workload (default %(default)s)")
    p.add_argument("--modes", default="per-tu",
                   help="comma-separated modes: %s (default %%(default)s)" % ", ".join(MODES))
    p.add_argument("--seed", type=int, default=1, help="corpus seed (default %(default)s)")
    p.add_argument("--work-dir", default=os.path.join(REPO, "build", "bench"),
                   help="corpora, example build and logs (default %(default)s)")
    p.add_argument("--annotations-include", default=generate_corpus.DEFAULT_ANNOTATIONS)
    p.add_argument("--compiler", default="/usr/lib/llvm-19/bin/clang++",
                   help="compiler for the example's compile_commands.json")
    p.add_argument("--cmake", default="cmake")
    p.add_argument("--no-example", action="store_true", help="skip the bundled example")
    p.add_argument("--output", default=None,
                   help="markdown file with the result markers (default docs/performance.md; "
                        "with --self-test nothing is written unless given)")
    p.add_argument("--no-write", action="store_true", help="print the table only")
    p.add_argument("--json", default=None, help="also write every sample here")
    p.add_argument("--self-test", action="store_true",
                   help="baseline check on both sides, no plugin: validates the harness")
    args = p.parse_args(argv)
    try:
        args.sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        p.error("--sizes must be comma-separated integers, got '%s'" % args.sizes)
    if not args.sizes or min(args.sizes) < 1:
        p.error("--sizes needs at least one positive size")
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    args.modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if args.output is None and not args.self_test:
        args.output = os.path.join(REPO, "docs", "performance.md")
    return args


def run(args):
    clang_tidy = args.clang_tidy
    if not (os.path.isfile(clang_tidy) and os.access(clang_tidy, os.X_OK)):
        raise BenchError("clang-tidy not found or not executable: %s" % clang_tidy)
    passes_by_mode = {m: mode_passes(m) for m in args.modes}
    if args.self_test:
        privacy_checks, plugin = args.baseline_check, None
    else:
        privacy_checks, plugin = args.privacy_checks, os.path.abspath(args.plugin)
        check_plugin(clang_tidy, plugin, privacy_checks)
    if args.output and not args.no_write:
        # Fail before an hour of measuring, not after.
        try:
            with open(args.output, encoding="utf-8") as f:
                text = f.read()
        except OSError as e:
            raise BenchError("cannot read the output file %s: %s" % (args.output, e))
        if BEGIN_MARKER not in text or END_MARKER not in text:
            raise BenchError("%s lacks the markers %s ... %s"
                             % (args.output, BEGIN_MARKER, END_MARKER))

    work_dir = os.path.abspath(args.work_dir)
    os.makedirs(work_dir, exist_ok=True)
    logs = tempfile.mkdtemp(prefix="logs-", dir=work_dir)
    workloads = corpus_workloads(work_dir, args.sizes, args.seed, args.annotations_include)
    if not args.no_example:
        workloads.append(example_workload(work_dir, args.cmake, args.compiler))

    baseline = Side("baseline", clang_tidy, None,
                    [["-checks=-*,{checks}"]], args.baseline_check)
    results, samples = [], []
    for mode in args.modes:
        passes = passes_by_mode[mode]
        summarizer = os.path.abspath(args.summarizer)
        if any(isinstance(p, dict) for p in passes) and not (
                os.path.isfile(summarizer) and os.access(summarizer, os.X_OK)):
            raise BenchError("mode '%s' needs privacy-tidy-summarize, not found at %s "
                             "(build it, or use --summarizer)" % (mode, summarizer))
        privacy = Side("privacy", clang_tidy, plugin, passes, privacy_checks, summarizer)
        for _ in range(args.warmup):
            w = workloads[0]
            baseline.sample(w.build_dir, w.files, logs, "warmup")
            privacy.sample(w.build_dir, w.files, logs, "warmup")
        for w in workloads:
            got = {"baseline": [], "privacy": []}
            for k in range(args.repeat):
                # A B, then B A: drift in machine load hits both sides alike.
                order = (baseline, privacy) if k % 2 == 0 else (privacy, baseline)
                for side in order:
                    wall, rss, cpu = side.sample(w.build_dir, w.files, logs,
                                                 "%s-%s-%d" % (w.name, mode, k))
                    got[side.name].append((wall, rss, cpu))
                    samples.append({"workload": w.name, "mode": mode, "side": side.name,
                                    "run": k, "wall_s": wall, "peak_rss_kib": rss,
                                    "cpu_s": cpu})
            b_s = statistics.median(s[0] for s in got["baseline"])
            p_s = statistics.median(s[0] for s in got["privacy"])
            b_kib = statistics.median(s[1] for s in got["baseline"])
            p_kib = statistics.median(s[1] for s in got["privacy"])
            b_cpu = statistics.median(s[2] for s in got["baseline"])
            p_cpu = statistics.median(s[2] for s in got["privacy"])
            row = {"baseline_cpu_s": b_cpu, "privacy_cpu_s": p_cpu,
                   "cpu_ratio": p_cpu / b_cpu if b_cpu else float("nan"),"workload": w.name, "mode": mode, "tus": len(w.files), "lines": w.lines,
                   "baseline_s": b_s, "privacy_s": p_s, "time_ratio": p_s / b_s,
                   "baseline_kib": b_kib, "privacy_kib": p_kib, "rss_ratio": p_kib / b_kib}
            results.append(row)
            print("bench: %-16s %-13s baseline %6.2f s %5.0f MiB | privacy %6.2f s %5.0f MiB"
                  " | time x%.3f cpu x%.3f rss x%.3f" % (
                      w.name, mode, b_s, b_kib / 1024.0, p_s, p_kib / 1024.0,
                      row["time_ratio"], row["cpu_ratio"], row["rss_ratio"]), flush=True)
    shutil.rmtree(logs, ignore_errors=True)

    meta = {"date": datetime.date.today().isoformat(), "cpu": cpu_model(),
            "cores": os.cpu_count() or 0, "clang_tidy_version": clang_tidy_version(clang_tidy),
            "revision": git_revision(), "repeat": args.repeat,
            "baseline_check": args.baseline_check, "privacy_checks": privacy_checks,
            "plugin_name": os.path.basename(plugin) if plugin else "",
            "self_test": args.self_test}
    table = render_table(results, meta)
    print()
    print(table)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"meta": meta, "results": results, "samples": samples}, f, indent=2)
    if args.output and not args.no_write:
        write_between_markers(args.output, table)
        print("\nbench: wrote the table into %s" % args.output)
    met = all(r["time_ratio"] <= TARGET_RATIO.get(r["mode"], 1 + TARGET_OVERHEAD)
              for r in results)
    return 0 if args.self_test or met else 1


def main(argv=None):
    args = parse_args(argv)
    try:
        return run(args)
    except BenchError as e:
        print("bench: error: %s" % e, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
