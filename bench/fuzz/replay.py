#!/usr/bin/env python3
"""Runs each fuzz harness once on every input of its seed corpus
(bench/fuzz/corpus/NAME) and regression directory (bench/fuzz/regressions/
NAME): a crash, a sanitizer report, a timeout or too much memory fails.

    replay.py FUZZ_BIN_DIR BENCH_FUZZ_DIR [NAME...]
"""
import os, subprocess, sys, tempfile

HARNESSES = ["models", "sarif", "summary-store", "compile-db"]
BATCH = 200  # inputs per process

def inputs(src, name):
    files = []
    for kind in ("corpus", "regressions"):
        d = os.path.join(src, kind, name)
        if os.path.isdir(d):
            files += sorted(os.path.join(d, f) for f in os.listdir(d)
                            if not f.startswith("."))
    return files

def main():
    bin_dir, src = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or HARNESSES
    failed = False
    # The harnesses make a scratch directory each run: in one removed here.
    scratch = tempfile.TemporaryDirectory(prefix="privacy-fuzz-replay-")
    env = dict(os.environ, TMPDIR=scratch.name)
    for name in names:
        exe = os.path.join(bin_dir, "fuzz-" + name)
        files = inputs(src, name)
        bad = None
        for i in range(0, len(files), BATCH):
            p = subprocess.run([exe, "-timeout=30", "-rss_limit_mb=2560"] +
                               files[i:i + BATCH], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True,
                               errors="replace", env=env)
            if p.returncode != 0:
                bad = p.stdout
                break
        if bad is None:
            print("%s: %d inputs, all passed" % (name, len(files)))
        else:
            failed = True
            print("%s: FAILED\n%s" % (name, bad[-6000:]))
    scratch.cleanup()
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
