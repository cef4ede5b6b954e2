#!/usr/bin/env python3
"""Prints a C++ function with N branches inside a loop, for the budget test."""
import sys
n = int(sys.argv[1])
print("#include <privacy/annotations.h>")
print("PRIVACY_LOG_SINK void log_value(long v);")
print("void huge(PRIVACY_TRAFFIC_DATA long seconds, int k) {")
print("  long acc = 0;")
print("  for (int r = 0; r < k; ++r) {")
for i in range(n):
    print("    if (k == %d) acc += %s; else acc ^= %d;" % (i, "seconds" if i % 97 == 0 else str(i), i))
print("  }")
print("  log_value(acc);")
print("}")
