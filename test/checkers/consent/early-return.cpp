// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// `if (!consent(...)) return;` guards everything after it, and the
// else-branch of `if (!consent(...))` is the consented one. The then-branch
// of a negated check is where consent is missing.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);
PRIVACY_LOG_SINK void log_value(long value);
void refuse();

void early_return(PRIVACY_LOCATION_DATA long cell, int subscriber) {
  if (!has_consent(subscriber))
    return;
  log_value(cell);
}

void else_of_negated(PRIVACY_LOCATION_DATA long cell, int subscriber) {
  if (!has_consent(subscriber)) {
    refuse();
  } else {
    log_value(cell);
  }
}

void stored_then_early_return(PRIVACY_LOCATION_DATA long cell, int subscriber) {
  bool allowed = has_consent(subscriber);
  if (!allowed)
    return;
  log_value(cell);
}

void then_of_negated(PRIVACY_LOCATION_DATA long cell, int subscriber) {
  if (!has_consent(subscriber))
    log_value(cell);
  // CHECK: :[[@LINE-1]]:5: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

void return_without_consent_check(PRIVACY_LOCATION_DATA long cell,
                                  int subscriber) {
  if (subscriber == 0)
    return;
  log_value(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}
