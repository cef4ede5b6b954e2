// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' \
// RUN:       --implicit-check-not='reaches the same sink'

// The C++ form of same-sink-notes-order.c: of members declared in the
// reverse order of the calls, the first call names the finding and the
// others are noted in the order of the calls.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_u(unsigned long v);
struct Hlr {
  PRIVACY_SUBSCRIBER_ID unsigned long third() const;
  PRIVACY_SUBSCRIBER_ID unsigned long second() const;
  PRIVACY_SUBSCRIBER_ID unsigned long first() const;
};

void show(const Hlr &h) {
  auto a = h.first();
  auto b = h.second();
  auto c = h.third();
  log_u(a ^ b ^ c);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'Hlr::first()' is logged
  // CHECK: :[[@LINE-4]]:14: note: 'Hlr::second()', also subscriber identifier, reaches the same sink
  // CHECK: :[[@LINE-4]]:14: note: 'Hlr::third()', also subscriber identifier, reaches the same sink
}

// The place decides, not the name or the declaration.
void reversed(const Hlr &h) {
  auto c = h.third();
  auto a = h.first();
  log_u(c ^ a);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'Hlr::third()' is logged
  // CHECK: :[[@LINE-3]]:14: note: 'Hlr::first()', also subscriber identifier, reaches the same sink
}


// The most direct path names the finding: 'imsi' is read at the sink, the
// MSISDN (declared earlier) only through two copies.
unsigned long next_id();
struct Ue { PRIVACY_SUBSCRIBER_ID unsigned long msisdn; };
void direct(const Ue &u) {
  auto m = u.msisdn;
  auto n = m;
  PRIVACY_SUBSCRIBER_ID unsigned long imsi = next_id();
  log_u(n ^ imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-7]]:49: note: 'u.msisdn', also subscriber identifier, reaches the same sink
}
// One source: no such note.
void one(const Hlr &h) {
  log_u(h.first());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'Hlr::first()' is logged
}
