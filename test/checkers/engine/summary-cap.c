// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function with a caller defers its sink hits on concrete data to its
// summary, for a caller's consent to decide. A summary keeps at most 32
// callee sinks; the hits it cannot carry are reported in the function itself
// instead of being lost (osmo-hlr, docs/evaluation.md cause C1).

#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_line(const char *text);
struct msg {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int type;
};

// CHECK: :[[@LINE+1]]:13: remark: privacy summary of 'many' keeps 32 sinks of the functions it calls
static void many(const struct msg *m, int c) {
  if (c == 0) log_line(m->imsi);
  if (c == 1) log_line(m->imsi);
  if (c == 2) log_line(m->imsi);
  if (c == 3) log_line(m->imsi);
  if (c == 4) log_line(m->imsi);
  if (c == 5) log_line(m->imsi);
  if (c == 6) log_line(m->imsi);
  if (c == 7) log_line(m->imsi);
  if (c == 8) log_line(m->imsi);
  if (c == 9) log_line(m->imsi);
  if (c == 10) log_line(m->imsi);
  if (c == 11) log_line(m->imsi);
  if (c == 12) log_line(m->imsi);
  if (c == 13) log_line(m->imsi);
  if (c == 14) log_line(m->imsi);
  if (c == 15) log_line(m->imsi);
  if (c == 16) log_line(m->imsi);
  if (c == 17) log_line(m->imsi);
  if (c == 18) log_line(m->imsi);
  if (c == 19) log_line(m->imsi);
  if (c == 20) log_line(m->imsi);
  if (c == 21) log_line(m->imsi);
  if (c == 22) log_line(m->imsi);
  if (c == 23) log_line(m->imsi);
  if (c == 24) log_line(m->imsi);
  if (c == 25) log_line(m->imsi);
  if (c == 26) log_line(m->imsi);
  if (c == 27) log_line(m->imsi);
  if (c == 28) log_line(m->imsi);
  if (c == 29) log_line(m->imsi);
  if (c == 30) log_line(m->imsi);
  if (c == 31) log_line(m->imsi);
  if (c == 32) log_line(m->imsi);
  if (c == 33) log_line(m->imsi);
  if (c == 34) log_line(m->imsi);
  if (c == 35) log_line(m->imsi);
  if (c == 36) log_line(m->imsi);
  if (c == 37) log_line(m->imsi);
  if (c == 38) log_line(m->imsi);
  if (c == 39) log_line(m->imsi);
  if (c == 40) log_line("type only");
}
// CHECK-COUNT-40: warning: subscriber identifier 'm->imsi' is logged without recorded consent or anonymisation

void root(const struct msg *m, int c) { many(m, c); }
