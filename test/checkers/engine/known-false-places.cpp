// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// C++: a place known to hold `false` makes the code its test guards
// unreachable. Only the tested place's own value decides that: a `false`
// stored in a field, through a pointer, into an element, one a callee may
// have written (through a pointer or a reference), a static's initialiser
// or a callee's `c ? x : false` decide nothing.

#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_imsi(const char *imsi);
PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  bool ready;
  int state;
};
void ready_by_pointer(bool *out);
void ready_by_reference(bool &out);
bool pick(bool c, bool x) { return c ? x : false; }
void ue_set_state(ue *p, int s) { p->state = s; }

void field_store_then_null_test(ue *p) {
  p->ready = false;
  if (!p)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void store_through_pointer(ue *p, bool *flag) {
  *flag = false;
  if (!flag)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void store_into_element(ue *p) {
  bool seen[2];
  seen[0] = false;
  if (!seen[1])
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void out_pointer(ue *p) {
  bool ok = false;
  ready_by_pointer(&ok);
  if (!ok)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void out_reference(ue *p) {
  bool ok = false;
  ready_by_reference(ok);
  if (!ok)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void captured_by_reference(ue *p) {
  bool ok = false;
  auto set = [&ok] { ok = true; };
  set();
  if (!ok)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void callee_returns_false_or_value(ue *p, bool c) {
  bool u = pick(c, p->state != 0);
  if (!u)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void compound_assigned(ue *p) {
  bool n = false;
  n |= p->state != 0;
  if (!n)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void static_initialiser(ue *p) {
  static bool once = false;
  if (once)
    log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'p->imsi' is logged
  once = true;
}

struct session {
  bool active = false;
  void start();
  void log_if_active(ue *p) {
    active = false;
    start(); // may set active
    if (active)
      log_imsi(p->imsi);
    // CHECK: :[[@LINE-1]]:7: warning: subscriber identifier 'p->imsi' is logged
  }
};

// The legitimate uses stay.
void tested_place_is_false(ue *p) {
  bool debug = false;
  if (debug)
    log_imsi(p->imsi);
}

void consent_kept(ue *p, int subscriber) {
  bool ok = has_consent(subscriber);
  if (p->state)
    ok = false;
  if (!ok)
    return;
  log_imsi(p->imsi);
}

void consent_or_false(ue *p, int subscriber, bool c) {
  bool ok = c ? has_consent(subscriber) : false;
  if (!ok)
    return;
  log_imsi(p->imsi);
}

void consent_survives_calls(ue *p, int subscriber) {
  bool ok = has_consent(subscriber);
  ue_set_state(p, 2); // cannot write ok: its address never escapes
  if (ok)
    log_imsi(p->imsi);
}
