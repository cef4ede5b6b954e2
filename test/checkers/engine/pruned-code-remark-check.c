// RUN: %clang_tidy --checks='-*,privacy-*' %s \
// RUN:   -config="{CheckOptions: {ReportPrunedCode: true}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ALL --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang_tidy --checks='-*,privacy-retention,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ReportPrunedCode: true}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SOME --implicit-check-not='{{warning|error|remark}}:'

// The remark for a pruned branch comes from the check of the first sink
// call in that code when it runs; otherwise (no sink call, or its check is
// off) from the first enabled flow check in rules.json's order: logging,
// export, retention - whatever order clang-tidy runs the checks in.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_imsi(const char *imsi);
PRIVACY_EXPORT_SINK void send_imsi(const char *imsi);
void note(void);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
};

void logged(struct ue *p) {
  int debug = 0;
  if (debug) {
    // ALL: :[[@LINE-1]]:7: remark: privacy analysis of 'logged' {{.*}} [privacy-logging]
    // SOME: :[[@LINE-2]]:7: remark: privacy analysis of 'logged' {{.*}} [privacy-export]
    note();
    log_imsi(p->imsi);
  }
}

void exported(struct ue *p) {
  int debug = 0;
  if (debug)
    // ALL: :[[@LINE-1]]:7: remark: privacy analysis of 'exported' {{.*}} [privacy-export]
    // SOME: :[[@LINE-2]]:7: remark: privacy analysis of 'exported' {{.*}} [privacy-export]
    send_imsi(p->imsi);
}

void no_sink(void) {
  int debug = 0;
  if (debug)
    // ALL: :[[@LINE-1]]:7: remark: privacy analysis of 'no_sink' {{.*}} [privacy-logging]
    // SOME: :[[@LINE-2]]:7: remark: privacy analysis of 'no_sink' {{.*}} [privacy-export]
    note();
}
