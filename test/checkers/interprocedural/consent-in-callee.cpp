// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent checked inside the callee before its sink covers that sink for
// every caller; a check on only some paths to the sink covers nothing.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA std::string cell;
};
PRIVACY_CONSENT_CHECK("analytics") bool has_consent(const Sub &);
PRIVACY_LOG_SINK void log_line(const std::string &);

void log_if_allowed(const Sub &s, const std::string &v) {
  if (!has_consent(s))
    return;
  log_line(v);
}

void log_sometimes(const Sub &s, const std::string &v, bool force) {
  if (force || has_consent(s))
    log_line(v);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :11:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE+12]]:3: note: passed to 'log_sometimes()' here
  // CHECK: :[[@LINE-6]]:53: note: passed as parameter 'v' of 'log_sometimes()'
  // CHECK: :[[@LINE+10]]:3: note: the sink is reached through this call, where no covering consent holds
  // CHECK: :[[@LINE-7]]:16: note: consent check 'has_consent()' for purpose 'analytics' does not hold on every path to this sink
}

void caller_a(const Sub &s) {
  log_if_allowed(s, s.imsi);
  log_if_allowed(s, s.cell);
}
void caller_b(const Sub &s, bool force) {
  log_if_allowed(s, s.imsi);
  log_sometimes(s, s.imsi, force);
}
