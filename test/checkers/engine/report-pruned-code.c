// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ReportPrunedCode: true}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET --implicit-check-not='{{warning|error|remark}}:'

// ReportPrunedCode: a remark for each branch the analysis never follows
// (Clang's constant condition, a local known to be 0) when the code only it
// leads to contains calls. Off by default: then nothing is said.
// QUIET-NOT: remark:

#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_imsi(const char *imsi);
void note(void);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  void *ctx;
};

void debug_off(struct ue *p) {
  int debug = 0;
  if (debug) {
    // CHECK: :[[@LINE-1]]:7: remark: privacy analysis of 'debug_off' treats a branch as never taken ('debug' is always false here); 2 calls only reachable through it (first: 'note') not checked [privacy-logging]
    note();
    log_imsi(p->imsi);
  }
}

void constant_condition(struct ue *p) {
  if (0)
    // CHECK: :[[@LINE-1]]:7: remark: privacy analysis of 'constant_condition' treats a branch as never taken (its condition is a constant expression); 1 call only reachable through it (first: 'log_imsi') not checked [privacy-logging]
    log_imsi(p->imsi);
}

// No remark: the branch is live, or what it skips holds no call.
void field_store(struct ue *p) {
  p->ctx = 0;
  if (!p)
    return;
  log_imsi(p->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->imsi' is logged
  // QUIET: :[[@LINE-2]]:3: warning: subscriber identifier 'p->imsi' is logged
}

int no_call_skipped(int n) {
  int debug = 0;
  if (debug)
    n = 2;
  return n;
}
