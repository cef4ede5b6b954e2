// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage
// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t', ReportPrunedCode: true}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage

// C: a branch the analysis treats as never taken is a coverage fact of the
// SARIF log whether or not ReportPrunedCode is on; the option only decides
// whether clang-tidy also shows it as a remark. A live branch and a pruned
// one without calls are no fact.
// QUIET-NOT: remark:
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_imsi(const char *imsi);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  void *ctx;
};

void debug_off(struct ue *p) {
  int debug = 0;
  if (debug)
    log_imsi(p->imsi);
  // REMARK: :[[@LINE-2]]:7: remark: privacy analysis of 'debug_off' treats a branch as never taken ('debug' is always false here); 1 call only reachable through it (first: 'log_imsi') not checked [privacy-logging]
}

void no_call(struct ue *p) {
  int debug = 0;
  if (debug)
    p->ctx = 0;
}

void live(struct ue *p, int debug) {
  if (debug)
    p->ctx = 0;
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/level = "note"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine = 27
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "privacy analysis of 'debug_off' treats a branch as never taken ('debug' is always false here); 1 call only reachable through it (first: 'log_imsi') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/privacy-tidy~1coverage = "pruned-branch"
