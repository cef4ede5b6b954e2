// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent inside a larger condition: `&&` (either side) and comparisons with
// true keep the guarantee; `||` and comparisons with false do not.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);
PRIVACY_LOG_SINK void log_value(const char *value);
bool is_active(int subscriber);

void conjunction(PRIVACY_SUBSCRIBER_ID const char *imsi, int subscriber) {
  bool ok = has_consent(subscriber);
  if (ok && is_active(subscriber))
    log_value(imsi);
  if (is_active(subscriber) && has_consent(subscriber))
    log_value(imsi);
  if (!has_consent(subscriber) || !is_active(subscriber))
    return;
  log_value(imsi);
}

void compared_with_true(PRIVACY_SUBSCRIBER_ID const char *imsi,
                        int subscriber) {
  if (has_consent(subscriber) == true)
    log_value(imsi);
  if (true == has_consent(subscriber))
    log_value(imsi);
  if (has_consent(subscriber) != false)
    log_value(imsi);
}

void disjunction(PRIVACY_SUBSCRIBER_ID const char *imsi, int subscriber) {
  if (has_consent(subscriber) || is_active(subscriber))
    log_value(imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-4]]:52: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-4]]:7: note: consent check 'has_consent()' for purpose 'marketing' does not hold on every path to this sink
}

void compared_with_false(PRIVACY_SUBSCRIBER_ID const char *imsi,
                         int subscriber) {
  if (has_consent(subscriber) == false)
    log_value(imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}
