// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' \
// RUN:       --implicit-check-not='reaches the same sink'

// The other sources of one finding are noted in the order of their places
// (where each path starts), not in the order their declarations were
// created: here the functions are declared in the reverse order of the
// calls.
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
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'third()' is logged
  // CHECK: :[[@LINE-5]]:21: note: 'first()', also subscriber identifier, reaches the same sink
  // CHECK: :[[@LINE-5]]:21: note: 'second()', also subscriber identifier, reaches the same sink
}

// One source: no such note.
void one(void) {
  log_u(first());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'first()' is logged
}
