#!/usr/bin/env python3
"""A stand-in for `clang-tidy --load=PrivacyTidy.so` in privacy-tidy's tests.

It takes the command line privacy-tidy builds, reads findings from marker
comments in the source file and writes the SARIF fragment through
privacy-sarif-driver (path in $PRIVACY_SARIF_DRIVER), exactly where the
plugin would (the SarifOutputDir check option). Markers:

  // FAKE-STEP: <kind> <message>             a path step at this line
  // FAKE-FINDING: <check> <category> <action> <data> [key=<k>] [pseudo]
                                              a finding at this line; the
                                              steps above it form its flow
  // FAKE-NOTICE: <level> <message>          a tool notice at this line
  // FAKE: parse-error | crash | no-fragment | corrupt-fragment | sleep | skip
  // FAKE: plugin-not-loaded | bad-clang-tidy-file | no-privacy-checks |
  //       model-error

With --list-checks it lists the privacy checks (privacy-tidy's probe of the
configuration), or what clang-tidy says for the first three markers above.

FAKE_CLANG_TIDY_PIDS names a file each run appends its process id to.
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time


def scan(path, lines, findings, notices):
    steps = []
    for number, line in enumerate(lines, start=1):
        column = len(line) - len(line.lstrip()) + 1
        loc = f"{path}:{number}:{column}"
        m = re.search(r"FAKE-STEP: (\S+) (.*)", line)
        if m:
            steps.append({"kind": m.group(1), "loc": loc,
                          "message": m.group(2).strip()})
            continue
        m = re.search(r"FAKE-NOTICE: (\S+) (.*)", line)
        if m:
            notices.append({"level": m.group(1), "loc": loc,
                            "message": m.group(2).strip()})
            continue
        m = re.search(r"FAKE-FINDING: (\S+) (\S+) (\S+) (\S+)(.*)", line)
        if not m:
            continue
        check, category, action, data, rest = m.groups()
        key = re.search(r"key=(\S+)", rest)
        flow = steps + [{"kind": "sink", "loc": loc,
                         "message": f"'{data}' reaches the {action} sink"}]
        findings.append({
            "check": check, "category": category, "action": action,
            "dataName": data, "loc": loc, "flow": flow,
            "pseudonymised": "pseudo" in rest,
            "message": f"{category} data '{data}' reaches a {action} sink "
                       "without consent or anonymisation",
            "fingerprintKey": key.group(1) if key else f"{check}|{data}"})
        steps = []


def list_checks(args, text):
    """clang-tidy --list-checks, as the real one answers each problem."""
    if "FAKE: plugin-not-loaded" in text:
        print("Error opening '/fake.so': /fake.so: undefined symbol: x\n"
              "  -load request ignored.", file=sys.stderr)
        print("No checks enabled.", file=sys.stderr)
        return 1
    if "FAKE: bad-clang-tidy-file" in text:
        print("/p/.clang-tidy:3:11: error: Could not find closing ]!\n"
              "Error parsing /p/.clang-tidy: Invalid argument", file=sys.stderr)
    checks = next((a for a in args if a.startswith("--checks=")), "privacy")
    if "FAKE: no-privacy-checks" in text or "privacy" not in checks:
        print("Enabled checks:\n    bugprone-use-after-move\n")
        return 0
    print("Enabled checks:\n    bugprone-use-after-move\n    privacy-export\n"
          "    privacy-logging\n")
    return 0


def main():
    args = sys.argv[1:]
    log = os.environ.get("FAKE_CLANG_TIDY_LOG")
    if log:
        with open(log, "a") as f:
            f.write(json.dumps(args) + "\n")
    pids = os.environ.get("FAKE_CLANG_TIDY_PIDS")
    if pids:
        with open(pids, "a") as f:
            f.write(f"{os.getpid()}\n")
    source = args[-1]
    with open(source, encoding="utf-8", errors="surrogateescape") as f:
        lines = f.read().split("\n")
    text = "\n".join(lines)
    if "--list-checks" in args:
        return list_checks(args, text)
    options = json.loads(os.environ.get("PRIVACY_TIDY_RUN_OPTIONS", "{}"))
    out_dir = options.get("SarifOutputDir")
    if not out_dir:
        print("fake-clang-tidy: no SarifOutputDir in PRIVACY_TIDY_RUN_OPTIONS",
              file=sys.stderr)
        return 3
    if "FAKE: model-error" in text:
        print("error: /p/model.json:1:17: missing string 'name' "
              "[clang-tidy-config]")
        print(f"Error while processing {source}.", file=sys.stderr)
        return 1

    if "FAKE: parse-error" in text:
        print(f"{source}:1:1: error: unknown type name 'garbage' "
              "[clang-diagnostic-error]")
        print(f"Error while processing {source}.", file=sys.stderr)
        return 1
    if "FAKE: crash" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "FAKE: no-fragment" in text:
        return 0
    if "FAKE: skip" in text:
        # What clang-tidy does for a file without a compile command.
        print(f"Skipping {source}. Compile command not found.", file=sys.stderr)
        return 0
    if "FAKE: sleep" in text:
        time.sleep(30)

    findings, notices = [], []
    # The main file, then headers named by FAKE-INCLUDE (as a TU sees them).
    files = [(source, lines)]
    for line in lines:
        m = re.search(r"FAKE-INCLUDE: (\S+)", line)
        if m:
            header = os.path.join(os.path.dirname(source), m.group(1))
            with open(header, encoding="utf-8") as f:
                files.append((os.path.normpath(header), f.read().split("\n")))
    for path, file_lines in files:
        scan(path, file_lines, findings, notices)
    description = {
        "mainFile": source,
        "run": {"arguments": sys.argv, "startTimeUtc": "2026-01-01T00:00:00.000Z",
                "endTimeUtc": "2026-01-01T00:00:01.000Z"},
        "findings": findings, "notices": notices}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(description, f)
        desc = f.name
    try:
        subprocess.run([os.environ["PRIVACY_SARIF_DRIVER"], "fragment",
                        "--input", desc, "--output-dir", out_dir], check=True)
    finally:
        os.unlink(desc)
    if "FAKE: corrupt-fragment" in text:
        for name in os.listdir(out_dir):
            path = os.path.join(out_dir, name)
            with open(path, "r+") as f:
                f.truncate(100)
    for finding in findings:
        print(f"{finding['loc']}: warning: {finding['message']} [{finding['check']}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
