// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// A sink only a branch never taken leads to is not checked (the
// ReportPrunedCode remark says so): before, its hit was judged as if every
// consent held there, so a retention store got "without a declared
// retention period" instead of nothing.

#include <privacy/annotations.h>
#include <string.h>

struct ue { PRIVACY_SUBSCRIBER_ID char imsi[16]; };
PRIVACY_RETAIN_SINK void archive(const char *imsi);
PRIVACY_LOG_SINK void log_imsi(const char *imsi);
static char g_last[16];
static struct ue g_ue;

static void keep_it(const char *imsi) { archive(imsi); }

void pruned_call(struct ue *u) {
  int keep = 0;
  if (keep)
    archive(u->imsi);
}

void pruned_copy(struct ue *u) {
  int keep = 0;
  if (keep)
    strcpy(g_last, u->imsi);
}

void pruned_store(struct ue *u) {
  int keep = 0;
  if (keep)
    g_ue = *u;
}

void pruned_callee(struct ue *u) {
  int keep = 0;
  if (keep)
    keep_it(u->imsi);
}

void live_after_pruned(struct ue *u) {
  int keep = 0;
  if (keep)
    archive(u->imsi);
  log_imsi(u->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged without recorded consent
}

void live_else(struct ue *u) {
  int keep = 0;
  if (keep)
    log_imsi(u->imsi);
  else
    archive(u->imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'u->imsi' is retained without recorded consent
}
