// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-retention,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not='indirect call' \
// RUN:       --implicit-check-not='static storage duration'

// C: what a flow reaches is a fact (a static variable, a call without a
// name); report/Messages words it. The words, the register's sink and the
// fingerprint are those of 0.1.0. The fingerprints below are FNV-1a of
// "check\x1ffile\x1fkey", the key being
// "check|category|action|file|<sink words>|source|data", computed outside
// privacy-tidy. A global written with data that is not personal and a
// named call are neither.
#include <privacy/annotations.h>
#include <stdio.h>

struct emitter {
  void (*emit)(FILE *out, const char *text);
  const char *(*encode)(const char *text);
};

static const char *last_imsi;

void remember(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  last_imsi = imsi;
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'imsi' is retained
  // CHECK: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:13: note: assigned to 'last_imsi'
}

void forget(const char *counter) { last_imsi = counter; }

void emit_all(struct emitter *e, PRIVACY_SUBSCRIBER_ID const char *imsi) {
  e->emit(stdout, imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:3: note: written through 'an indirect call'
}

void encode_all(struct emitter *e, PRIVACY_SUBSCRIBER_ID const char *imsi) {
  printf("%s\n", e->encode(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:18: note: passed through 'an indirect call'
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "personal data is passed to 'an indirect call', which has no body, model or summary here; {{.*}}"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/callee = "an indirect call"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/message/text = "personal data is passed to 'an indirect call', which has no body, model or summary here; {{.*}}"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/properties/callee = "an indirect call"
// SARIF: /runs/0/properties/privacy-tidy~1register/2/sink = "'last_imsi', which has static storage duration"
// SARIF: /runs/0/results/0/partialFingerprints/privacyFinding~1v1 = "01cae24d85ed618f:1"
// SARIF: /runs/0/results/0/ruleId = "privacy-retention"
// SARIF: /runs/0/results/1/codeFlows/0/threadFlows/0/locations/1/location/message/text = "written through 'an indirect call'."
// SARIF: /runs/0/results/2/codeFlows/0/threadFlows/0/locations/1/location/message/text = "passed through 'an indirect call'."
