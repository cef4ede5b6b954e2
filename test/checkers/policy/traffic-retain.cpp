// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Traffic data (call duration) reaching a retain sink: compliant only with
// a recorded consent or after anonymisation, never after mere
// pseudonymisation. Primary citation: Telecommunicatiewet art. 11.5 lid 1.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(void);
PRIVACY_CONSENT_CHECK("research") bool has_research_consent(void);
PRIVACY_ANONYMIZER long anonymise(long value);
PRIVACY_PSEUDONYMIZER long pseudonymise(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30) void store_record(long value);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("marketing") PRIVACY_RETENTION_DAYS(30)
void store_record_for_marketing(long value);

void unguarded(PRIVACY_TRAFFIC_DATA long seconds) {
  store_record(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  // CHECK: :[[@LINE-3]]:42: note: 'seconds' is declared traffic data here
}

void consent_same_purpose(PRIVACY_TRAFFIC_DATA long seconds) {
  if (has_marketing_consent())
    store_record_for_marketing(seconds);
}

// A sink that declares no purpose is covered by consent for any purpose.
void consent_any_purpose(PRIVACY_TRAFFIC_DATA long seconds) {
  if (has_research_consent())
    store_record(seconds);
}

void anonymised(PRIVACY_TRAFFIC_DATA long seconds) {
  store_record(anonymise(seconds));
}

void pseudonymised(PRIVACY_TRAFFIC_DATA long seconds) {
  store_record(pseudonymise(seconds));
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained without recorded consent or anonymisation; pseudonymised data is still personal data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  // CHECK: :[[@LINE-3]]:46: note: 'seconds' is declared traffic data here
  // CHECK: :[[@LINE-3]]:16: note: pseudonymised by 'pseudonymise()': pseudonymised data is still personal data
}
