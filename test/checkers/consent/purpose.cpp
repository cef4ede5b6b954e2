// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent covers a sink only for the sink's PRIVACY_PURPOSE (AVG art.
// 5(1)(b)); a sink that declares no purpose is covered by any consent.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(int subscriber);
PRIVACY_CONSENT_CHECK("statistics") bool has_statistics_consent(int subscriber);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("statistics")
void send_statistics(long value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing")
void send_offer(long value);
PRIVACY_EXPORT_SINK void send(long value);

void matching(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (has_statistics_consent(subscriber))
    send_statistics(seconds);
  if (has_marketing_consent(subscriber) && has_statistics_consent(subscriber)) {
    send_statistics(seconds);
    send_offer(seconds);
  }
}

void no_purpose(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (has_marketing_consent(subscriber))
    send(seconds);
  if (has_statistics_consent(subscriber))
    send(seconds);
}

void wrong_purpose(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (has_marketing_consent(subscriber))
    send_statistics(seconds);
  // CHECK: :[[@LINE-1]]:5: warning: traffic data 'seconds' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-export]
  // CHECK: :[[@LINE-4]]:46: note: 'seconds' is declared traffic data here
  // CHECK: :[[@LINE-4]]:7: note: consent check 'has_marketing_consent()' records consent for purpose 'marketing', but the sink's purpose is 'statistics'
}
