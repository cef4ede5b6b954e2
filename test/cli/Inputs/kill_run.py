#!/usr/bin/env python3
"""SIGKILLs a privacy-tidy run while its clang-tidy works, then reports what
is left: kill_run.py PIDS_FILE TMPDIR COMMAND ARGS...

Prints whether the clang-tidy child outlived privacy-tidy, and how many
temporary directories the killed run left under TMPDIR."""
import os
import signal
import subprocess
import sys
import time

pids_file, tmpdir, command = sys.argv[1], sys.argv[2], sys.argv[3:]


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


run = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
deadline = time.time() + 60
child = None
while time.time() < deadline and child is None:
    if os.path.exists(pids_file):
        with open(pids_file) as f:
            lines = f.read().split()
        if lines:
            child = int(lines[0])
    time.sleep(0.05)
if child is None:
    run.kill()
    sys.exit("kill_run: clang-tidy never started")
time.sleep(0.2)
run.send_signal(signal.SIGKILL)
run.wait()
deadline = time.time() + 10
while time.time() < deadline and alive(child):
    time.sleep(0.05)
if alive(child):
    print("clang-tidy child still running")
    os.kill(child, signal.SIGKILL)
else:
    print("clang-tidy child gone")
left = [n for n in os.listdir(tmpdir) if n.startswith("privacy-tidy.")]
print(f"{len(left)} temporary directory left")
