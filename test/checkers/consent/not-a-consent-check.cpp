// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Only consent results guard a sink. A counter that starts at 0, a length,
// a function returning a number: none of them records a consent, whatever
// their value.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_value(long v);
PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);

int count_items(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i)
    total += 1;
  return total;
}

bool refuses(int subscriber) { return !has_consent(subscriber); }

void counted(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  if (count_items(n))
    log_value(seconds);
  // CHECK: :[[@LINE-1]]:5: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK-NOT: note: consent check
}

void counted_locally(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  int found = 0;
  found += n;
  if (found)
    log_value(seconds);
  // CHECK: :[[@LINE-1]]:5: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

// Negative: a real refusal wrapper still guards.
void guarded(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (refuses(subscriber))
    return;
  log_value(seconds);
}
