// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=QUIET --allow-empty --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage
// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t', ReportPrunedCode: true}}" -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=REMARK --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage

// C++: a branch the analysis treats as never taken is a coverage fact of the
// SARIF log whether or not ReportPrunedCode is on; the option only decides
// whether clang-tidy also shows it as a remark. A live branch and a pruned
// one without calls are no fact.
// QUIET-NOT: remark:
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_imsi(const char *imsi);
struct Ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  void *ctx;
};
constexpr bool kTrace = false;

void traced(Ue &u) {
  if (kTrace)
    log_imsi(u.imsi);
  // REMARK: :[[@LINE-2]]:7: remark: privacy analysis of 'traced' treats a branch as never taken (its condition is a constant expression); 1 call only reachable through it (first: 'log_imsi') not checked [privacy-logging]
}

void no_call(Ue &u) {
  bool verbose = false;
  if (verbose)
    u.ctx = nullptr;
}

void live(Ue &u, bool verbose) {
  if (verbose)
    u.ctx = nullptr;
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/level = "note"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine = 27
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "privacy analysis of 'traced' treats a branch as never taken (its condition is a constant expression); 1 call only reachable through it (first: 'log_imsi') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/privacy-tidy~1coverage = "pruned-branch"
