// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A misspelt step or sink kind is reported rather than ignored.

#include <privacy/annotations.h>

__attribute__((annotate("privacy:foo"))) long f(long value);
// CHECK: :[[@LINE-1]]:16: warning: unknown privacy annotation 'privacy:foo' [privacy-annotations]
__attribute__((annotate("privacy:anonymiser"))) long g(long value);
// CHECK: :[[@LINE-1]]:16: warning: unknown privacy annotation 'privacy:anonymiser' [privacy-annotations]
__attribute__((annotate("privacy:sink:print"))) void print(long value);
// CHECK: :[[@LINE-1]]:16: warning: unknown privacy sink kind 'print' (expected log, export or retain) [privacy-annotations]

// The spellings the header produces are all known.
__attribute__((annotate("privacy:anonymizer"))) int region(long cell);
__attribute__((annotate("privacy:pseudonymizer"))) long token(long imsi);
__attribute__((annotate("privacy:sink:log"))) void trace(long value);
__attribute__((annotate("privacy:sink:export"))) void send(long value);
