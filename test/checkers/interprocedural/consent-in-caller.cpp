// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent checked in the caller covers the sink inside a callee when the
// call is reached only on the consent's true branch; a call site where the
// consent does not hold is reported at the sink, with that call as a note.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_TRAFFIC_DATA std::string called;
};
PRIVACY_CONSENT_CHECK("marketing") bool has_consent(const Sub &);
PRIVACY_LOG_SINK void log_line(const std::string &);

static void trace(const std::string &v) { log_line(v); }
// CHECK: :[[@LINE-1]]:43: warning: traffic data 's.called' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
// CHECK: :12:36: note: 'called' is declared traffic data here
// CHECK: :36:5: note: passed to 'trace()' here
// CHECK: :36:5: note: the sink is reached through this call, where no covering consent holds
// CHECK: :35:7: note: consent check 'has_consent()' for purpose 'marketing' does not hold on every path to this sink

static void relay(const Sub &s) { trace(s.called); }

void covered(const Sub &s) {
  if (has_consent(s))
    trace(s.called);
  if (!has_consent(s))
    return;
  relay(s); // two levels below the check
}

void uncovered(const Sub &s, bool verbose) {
  if (has_consent(s) || verbose)
    trace(s.called);
}
