// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// A test of a place the analysis knows to hold 0 (a literal, in C a flag)
// makes the code it guards unreachable. Only the tested place's own value
// may decide that: a 0 stored in a field, through a pointer, into an
// element, a value a callee may have written, a static's initialiser or a
// callee's `c ? x : 0` decide nothing, and the code after them is checked.

#include <privacy/annotations.h>
#include <stddef.h>

PRIVACY_LOG_SINK void log_imsi(const char *imsi);
PRIVACY_CONSENT_CHECK("marketing") int has_consent(int subscriber);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  void *ctx;
  int state;
};
int ctx_create(void **out);
void *pick(int c, void *x) { return c ? x : 0; }
void *none(void) { return NULL; }
void ue_set_state(struct ue *p, int s) { p->state = s; }

void field_store_then_null_test(struct ue *p) {
  p->ctx = 0;
  if (!p)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void field_store_then_and(struct ue *p) {
  p->ctx = NULL;
  if (p && p->state)
    log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'p->imsi' is logged
}

void two_field_constants(struct ue *p) {
  p->state = 0;
  p->ctx = (void *)1;
  if (!p)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void store_through_pointer(struct ue *p, void **slot) {
  *slot = 0;
  if (!slot)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void store_into_element(struct ue *p) {
  int seen[2];
  seen[0] = 0;
  if (!seen[1])
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void out_parameter(struct ue *p) {
  void *s = NULL;
  ctx_create(&s);
  if (!s)
    goto err;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
err:
  return;
}

void escaped_earlier(struct ue *p) {
  int done = 0;
  int *where = p->state ? &done : NULL;
  ue_set_state(p, 1);
  if (where)
    *where = 1;
  if (!done)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void callee_returns_zero_or_pointer(struct ue *p, int c) {
  void *u = pick(c, p);
  if (!u)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void callee_returns_null(struct ue *p) {
  if (!none())
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void incremented(struct ue *p) {
  int n = 0;
  n++;
  if (!n)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void compound_assigned(struct ue *p) {
  int n = 0;
  n += p->state;
  if (!n)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
}

void static_initialiser(struct ue *p) {
  static int once = 0;
  if (once)
    log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'p->imsi' is logged
  once = 1;
}

// The legitimate uses stay: a local known to be 0 is tested, a consent
// result kept in a local, narrowed by a literal, or chosen by ?: with 0.
void tested_place_is_zero(struct ue *p) {
  int debug = 0;
  if (debug)
    log_imsi(p->imsi);
}

void consent_kept(struct ue *p, int subscriber) {
  int ok = has_consent(subscriber);
  if (p->state)
    ok = 0;
  if (!ok)
    return;
  log_imsi(p->imsi);
}

void consent_or_zero(struct ue *p, int subscriber, int c) {
  int ok = c ? has_consent(subscriber) : 0;
  if (!ok)
    return;
  log_imsi(p->imsi);
}

void consent_survives_calls(struct ue *p, int subscriber) {
  int ok = has_consent(subscriber);
  ue_set_state(p, 2); // cannot write ok: its address never escapes
  if (ok)
    log_imsi(p->imsi);
}
