#!/usr/bin/env python3
"""Loads a page in headless Chromium, offline, and keeps what it shows:
chromium_dom.py CHROMIUM PAGE.html DOM.html CONSOLE.txt [#FRAGMENT]

DOM.html is the document after its scripts ran (--dump-dom); CONSOLE.txt
holds every console message Chromium logged (console.*, uncaught
exceptions, Content-Security-Policy refusals), one per line: empty for a
page that loads cleanly. Host names resolve nowhere, so a page that tried
the network would fail and say so. Chromium's own start-up noise (D-Bus,
GPU) is not the page's and is left out."""
import os
import subprocess
import sys
import tempfile

chromium, page, dom_path, console_path = sys.argv[1:5]
fragment = sys.argv[5] if len(sys.argv) > 5 else ""
with tempfile.TemporaryDirectory() as profile:
    proc = subprocess.run(
        [chromium, "--headless", "--disable-gpu", "--no-sandbox",
         "--no-first-run", "--user-data-dir=" + profile,
         "--host-resolver-rules=MAP * ~NOTFOUND",
         "--enable-logging=stderr", "--v=0",
         "--dump-dom", "file://" + os.path.abspath(page) + fragment],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
stderr = proc.stderr.decode("utf-8", "replace")
with open(dom_path, "wb") as f:
    f.write(proc.stdout)
with open(console_path, "w", encoding="utf-8") as f:
    for line in stderr.splitlines():
        if ":CONSOLE" in line:
            f.write(line + "\n")
if proc.returncode != 0 or not proc.stdout:
    sys.stderr.write(stderr)
    sys.exit("chromium_dom: chromium exited with %d" % proc.returncode)
