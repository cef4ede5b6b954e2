#!/usr/bin/env python3
"""Prints a SARIF log with invocation times replaced by TIME, so two runs
compare byte for byte: normalize_times.py FILE"""
import re
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
sys.stdout.write(re.sub(r'"(startTimeUtc|endTimeUtc)": "[^"]*"', r'"\1": "TIME"', text))
