// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent checked per element inside a loop guards that iteration's sink.

#include <privacy/annotations.h>

struct PRIVACY_LOCATION_DATA Fix {
  double lat, lon;
};
PRIVACY_CONSENT_CHECK("navigation") bool has_consent(int subscriber);
PRIVACY_EXPORT_SINK void send_fix(const Fix &fix);
bool retry();

void continue_without_consent(const Fix *fixes, const int *subscribers, int n) {
  for (int i = 0; i < n; ++i) {
    if (!has_consent(subscribers[i]))
      continue;
    send_fix(fixes[i]);
  }
}

void if_inside_loop(const Fix *fixes, const int *subscribers, int n) {
  for (int i = 0; i < n; ++i)
    if (has_consent(subscribers[i]))
      send_fix(fixes[i]);
}

void wait_for_consent(const Fix &fix, int subscriber) {
  while (!has_consent(subscriber))
    if (!retry())
      return;
  send_fix(fix);
}

void sink_before_check(const Fix *fixes, const int *subscribers, int n) {
  for (int i = 0; i < n; ++i) {
    send_fix(fixes[i]);
    // CHECK: :[[@LINE-1]]:5: warning: location data 'fixes' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
    if (!has_consent(subscribers[i]))
      break;
  }
}
