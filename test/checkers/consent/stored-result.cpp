// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A consent result kept in a variable guards the sink as long as the variable
// still holds that result on every path. Overwriting it, on all paths or on
// some, loses the guarantee.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);
PRIVACY_LOG_SINK void log_value(const char *value);
bool is_active(int subscriber);

void kept(PRIVACY_PERSONAL_DATA const char *name, int subscriber) {
  bool ok = has_consent(subscriber);
  if (ok && is_active(subscriber))
    log_value(name);
  if (is_active(subscriber))
    ok = false; // only ever narrows
  if (ok)
    log_value(name);
}

void overwritten(PRIVACY_PERSONAL_DATA const char *name, int subscriber) {
  bool ok = has_consent(subscriber);
  ok = is_active(subscriber);
  if (ok)
    log_value(name);
  // CHECK: :[[@LINE-1]]:5: warning: personal data 'name' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

void overwritten_with_true(PRIVACY_PERSONAL_DATA const char *name,
                           int subscriber) {
  bool ok = has_consent(subscriber);
  ok = true;
  if (ok)
    log_value(name);
  // CHECK: :[[@LINE-1]]:5: warning: personal data 'name' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

// The variable holds the consent result on one path only.
void overwritten_on_one_path(PRIVACY_PERSONAL_DATA const char *name,
                             int subscriber) {
  bool ok = has_consent(subscriber);
  if (is_active(subscriber))
    ok = is_active(subscriber + 1);
  if (ok)
    log_value(name);
  // CHECK: :[[@LINE-1]]:5: warning: personal data 'name' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

void assigned_on_one_path(PRIVACY_PERSONAL_DATA const char *name,
                          int subscriber) {
  bool ok = true;
  if (is_active(subscriber))
    ok = has_consent(subscriber);
  if (ok)
    log_value(name);
  // CHECK: :[[@LINE-1]]:5: warning: personal data 'name' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}
