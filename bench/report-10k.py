#!/usr/bin/env python3
"""Benchmark of the HTML report on a large log (not a test): generates a
privacy-tidy SARIF log with N results (default 10,000, each with a four-step
path) through privacy-sarif-driver, times `privacy-tidy report`, and loads the
page in headless Chromium, which reports the page's own navigation timings
(DOMContentLoaded, load, first contentful paint, and the page laid out after
load) through the console.

  bench/report-10k.py [--build build] [--results 10000] [--chromium chromium]
                      [--privacy-tidy PATH]

The numbers go to standard output as a Markdown table for docs/performance.md.
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

CATEGORIES = [("traffic", "log"), ("location", "export"),
              ("subscriber_id", "log"), ("content", "export")]
CHECKS = {"log": "privacy-logging", "export": "privacy-export"}
# Appended to a copy of the page: the timings as one console line.
PROBE = """<script>
addEventListener('load', function () {
  var n = performance.getEntriesByType('navigation')[0];
  var p = performance.getEntriesByName('first-contentful-paint')[0];
  document.body.getBoundingClientRect(); // force the layout of the page
  console.log('report-timing ' + JSON.stringify({
    domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventStart,
    firstContentfulPaint: p ? p.startTime : null,
    laidOut: performance.now()}));
});
</script>"""


def make_project(work, results):
    files = max(1, results // 500)
    os.makedirs(os.path.join(work, "src"))
    for f in range(files):
        with open(os.path.join(work, "src", "unit%d.cpp" % f), "w") as out:
            for line in range(1, 2001):
                out.write("  record.field%d = lookup(subscriber, %d); // line %d\n"
                          % (line % 17, line, line))
    findings = []
    for i in range(results):
        cat, action = CATEGORIES[i % len(CATEGORIES)]
        src = "src/unit%d.cpp" % (i % files)
        line = 5 + (i // files) % 1990
        flow = [{"kind": "source", "loc": "%s:%d:3" % (src, line - 4),
                 "message": "'field' is declared %s data here" % cat},
                {"kind": "step", "loc": "%s:%d:3" % (src, line - 2),
                 "message": "assigned to 'record.field'"},
                {"kind": "call", "loc": "%s:%d:3" % (src, line - 1),
                 "message": "passed to 'forward()'"},
                {"kind": "sink", "loc": "%s:%d:3" % (src, line),
                 "message": "reaches the %s sink" % action}]
        findings.append({"check": CHECKS[action], "category": cat,
                         "action": action, "loc": "%s:%d:3" % (src, line),
                         "dataName": "record.field%d" % i,
                         "fingerprintKey": "bench|%d" % i, "flow": flow})
    with open(os.path.join(work, "big.json"), "w") as out:
        json.dump({"mainFile": "src/unit0.cpp",
                   "run": {"arguments": ["clang-tidy", "src/unit0.cpp"],
                           "sourceRoot": "."},
                   "findings": findings}, out)


def chromium_timing(chromium, page, work):
    with open(page, encoding="utf-8") as f:
        text = f.read()
    probe = os.path.join(work, "probe.html")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", PROBE + "</body>"))
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        [chromium, "--headless", "--disable-gpu", "--no-sandbox",
         "--user-data-dir=" + os.path.join(work, "profile"),
         "--enable-logging=stderr", "--v=0",
         "--dump-dom", "file://" + probe],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    match = re.search(r'report-timing (\{.*?\})', proc.stderr.decode("utf-8", "replace"))
    if not match:
        sys.exit("report-10k: the page reported no timing:\n" + proc.stderr.decode()[-2000:])
    return json.loads(match.group(1)), wall, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--results", type=int, default=10000)
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    ap.add_argument("--privacy-tidy", help="default: BUILD/tools/privacy-tidy/privacy-tidy")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    driver = os.path.join(build, "tools", "sarif-driver", "privacy-sarif-driver")
    tool = os.path.abspath(args.privacy_tidy) if args.privacy_tidy else \
        os.path.join(build, "tools", "privacy-tidy", "privacy-tidy")
    with tempfile.TemporaryDirectory() as work:
        make_project(work, args.results)
        with open(os.path.join(work, "big.sarif"), "wb") as out:
            subprocess.run([driver, "render", "--input", "big.json"], cwd=work,
                           stdout=out, check=True)
        page = os.path.join(work, "big.html")
        start = time.monotonic()
        subprocess.run([tool, "report", "big.sarif", "-o", page], cwd=work, check=True)
        render = time.monotonic() - start
        timing, wall, cpu = chromium_timing(args.chromium, page, work)
        size = os.path.getsize(page) / 1e6
        sarif = os.path.getsize(os.path.join(work, "big.sarif")) / 1e6
    print("| Results | SARIF MB | HTML MB | `report` s | DOMContentLoaded ms "
          "| load ms | first contentful paint ms | laid out ms "
          "| Chromium wall s | Chromium CPU s |")
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    fcp = timing["firstContentfulPaint"]
    print("| %d | %.1f | %.1f | %.2f | %.0f | %.0f | %s | %.0f | %.1f | %.1f |"
          % (args.results, sarif, size, render, timing["domContentLoaded"],
             timing["load"], "%.0f" % fcp if fcp is not None else "n/a",
             timing["laidOut"], wall, cpu))


if __name__ == "__main__":
    main()
