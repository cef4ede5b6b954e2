// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-retention,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not='indirect call' \
// RUN:       --implicit-check-not='static storage duration'

// C++: a static local is a static variable of the sink facts, a call
// through a pointer to member a call without a name (see sink-subject.c;
// the fingerprint is computed the same way, outside privacy-tidy). A
// static written with data that is not personal and a call of a named
// method are neither.
#include <privacy/annotations.h>
#include <cstdio>

struct Emitter {
  const char *encode(const char *text);
};

void remember(PRIVACY_SUBSCRIBER_ID const char *imsi, const char *counter) {
  static const char *last;
  static const char *count;
  count = counter;
  last = imsi;
  // CHECK: :[[@LINE-1]]:8: warning: subscriber identifier 'imsi' is retained
  // CHECK: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:8: note: assigned to 'last'
}

void encode_all(Emitter &e, const char *(Emitter::*how)(const char *),
                PRIVACY_SUBSCRIBER_ID const char *imsi, const char *counter) {
  std::printf("%s\n", e.encode(counter));
  std::printf("%s\n", (e.*how)(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:23: note: passed through 'an indirect call'
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "personal data is passed to 'an indirect call', which has no body, model or summary here; {{.*}}"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/callee = "an indirect call"
// SARIF: /runs/0/properties/privacy-tidy~1register/1/sink = "'last', which has static storage duration"
// SARIF: /runs/0/results/0/partialFingerprints/privacyFinding~1v1 = "29c1b6812c8a1a0e:1"
// SARIF: /runs/0/results/0/ruleId = "privacy-retention"
// SARIF: /runs/0/results/1/codeFlows/0/threadFlows/0/locations/1/location/message/text = "passed through 'an indirect call'."
