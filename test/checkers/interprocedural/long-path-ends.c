// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|note}}:'

// A path through 20 calls keeps MaxTraceSteps (32) steps, both ends: the
// caller's own steps (source, call of f0), then the last 30 of f0's path
// (f5 down to the sink); f0 to f4's parameters and calls are dropped. Of
// the 20 call sites the 8 innermost and the 8 outermost are kept
// (MaxCallSites). Each function's summary holds its path already cut, and
// the caller cuts again: what is kept is the last steps of the whole path.
#include <privacy/annotations.h>
PRIVACY_LOG_SINK void log_v(long);
struct S { PRIVACY_SUBSCRIBER_ID long imsi; long label; };
void f19(long a) { log_v(a); }
void f18(long a) { f19(a); }
void f17(long a) { f18(a); }
void f16(long a) { f17(a); }
void f15(long a) { f16(a); }
void f14(long a) { f15(a); }
void f13(long a) { f14(a); }
void f12(long a) { f13(a); }
void f11(long a) { f12(a); }
void f10(long a) { f11(a); }
void f9(long a) { f10(a); }
void f8(long a) { f9(a); }
void f7(long a) { f8(a); }
void f6(long a) { f7(a); }
void f5(long a) { f6(a); }
void f4(long a) { f5(a); }
void f3(long a) { f4(a); }
void f2(long a) { f3(a); }
void f1(long a) { f2(a); }
void f0(long a) { f1(a); }
void use(struct S s) { f0(s.imsi); }
void use_label(struct S s) { f0(s.label); }
// Negative: the same chain from data that is not personal reports nothing.

// CHECK: :13:20: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
// CHECK: :12:39: note: 'imsi' is declared subscriber identifier here
// CHECK: :33:24: note: passed to 'f0()' here
// CHECK: :28:19: note: passed to 'f5()' here
// CHECK: :27:14: note: passed as parameter 'a' of 'f5()'
// CHECK: :27:19: note: passed to 'f6()' here
// CHECK: :26:14: note: passed as parameter 'a' of 'f6()'
// CHECK: :26:19: note: passed to 'f7()' here
// CHECK: :25:14: note: passed as parameter 'a' of 'f7()'
// CHECK: :25:19: note: passed to 'f8()' here
// CHECK: :24:14: note: passed as parameter 'a' of 'f8()'
// CHECK: :24:19: note: passed to 'f9()' here
// CHECK: :23:14: note: passed as parameter 'a' of 'f9()'
// CHECK: :23:19: note: passed to 'f10()' here
// CHECK: :22:15: note: passed as parameter 'a' of 'f10()'
// CHECK: :22:20: note: passed to 'f11()' here
// CHECK: :21:15: note: passed as parameter 'a' of 'f11()'
// CHECK: :21:20: note: passed to 'f12()' here
// CHECK: :20:15: note: passed as parameter 'a' of 'f12()'
// CHECK: :20:20: note: passed to 'f13()' here
// CHECK: :19:15: note: passed as parameter 'a' of 'f13()'
// CHECK: :19:20: note: passed to 'f14()' here
// CHECK: :18:15: note: passed as parameter 'a' of 'f14()'
// CHECK: :18:20: note: passed to 'f15()' here
// CHECK: :17:15: note: passed as parameter 'a' of 'f15()'
// CHECK: :17:20: note: passed to 'f16()' here
// CHECK: :16:15: note: passed as parameter 'a' of 'f16()'
// CHECK: :16:20: note: passed to 'f17()' here
// CHECK: :15:15: note: passed as parameter 'a' of 'f17()'
// CHECK: :15:20: note: passed to 'f18()' here
// CHECK: :14:15: note: passed as parameter 'a' of 'f18()'
// CHECK: :14:20: note: passed to 'f19()' here
// CHECK: :13:15: note: passed as parameter 'a' of 'f19()'
// CHECK: :14:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :15:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :16:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :17:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :18:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :19:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :20:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :21:20: note: the sink is reached through this call, where no covering consent holds
// CHECK: :26:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :27:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :28:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :29:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :30:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :31:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :32:19: note: the sink is reached through this call, where no covering consent holds
// CHECK: :33:24: note: the sink is reached through this call, where no covering consent holds
