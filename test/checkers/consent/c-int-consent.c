// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// In C a consent check commonly returns int; a non-zero result is consent.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") int has_consent(int subscriber);
PRIVACY_LOG_SINK void log_value(const char *value);

void guarded(PRIVACY_SUBSCRIBER_ID const char *msisdn, int subscriber) {
  if (has_consent(subscriber))
    log_value(msisdn);
  if (has_consent(subscriber) != 0)
    log_value(msisdn);
  if (!has_consent(subscriber))
    return;
  log_value(msisdn);
}

void unguarded(PRIVACY_SUBSCRIBER_ID const char *msisdn, int subscriber) {
  if (has_consent(subscriber) == 0)
    log_value(msisdn);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}
