// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' \
// RUN:       --implicit-check-not='reaches the same sink'

// A finding is named by its most direct source (fewest steps), then by the
// source whose path starts first; its other sources are noted in the order
// of their places. Never in the order their declarations were created, which
// changes with unrelated code and between Clang versions: here the functions
// are declared in the reverse order of the calls.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_u(unsigned long v);
PRIVACY_SUBSCRIBER_ID unsigned long third(void);
PRIVACY_SUBSCRIBER_ID unsigned long second(void);
PRIVACY_SUBSCRIBER_ID unsigned long first(void);

void show(void) {
  unsigned long a = first();
  unsigned long b = second();
  unsigned long c = third();
  log_u(a ^ b ^ c);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'first()' is logged
  // CHECK: :[[@LINE-4]]:21: note: 'second()', also subscriber identifier, reaches the same sink
  // CHECK: :[[@LINE-4]]:21: note: 'third()', also subscriber identifier, reaches the same sink
}

// The place decides, not the name or the declaration.
void reversed(void) {
  unsigned long c = third();
  unsigned long a = first();
  log_u(c ^ a);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'third()' is logged
  // CHECK: :[[@LINE-3]]:21: note: 'first()', also subscriber identifier, reaches the same sink
}


// The most direct path names the finding: 'imsi' is read at the sink, the
// MSISDN (declared earlier) only through two copies.
unsigned long next_id(void);
struct ue { PRIVACY_SUBSCRIBER_ID unsigned long msisdn; };
void direct(const struct ue *u) {
  unsigned long m = u->msisdn;
  unsigned long n = m;
  PRIVACY_SUBSCRIBER_ID unsigned long imsi = next_id();
  log_u(n ^ imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-7]]:49: note: 'u->msisdn', also subscriber identifier, reaches the same sink
}
// One source: no such note.
void one(void) {
  log_u(first());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'first()' is logged
}
