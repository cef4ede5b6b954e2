// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Traffic data (call duration) reaching a log sink: compliant only with
// a recorded consent or after anonymisation, never after mere
// pseudonymisation. Primary citation: Telecommunicatiewet art. 11.5 lid 1.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(void);
PRIVACY_CONSENT_CHECK("research") bool has_research_consent(void);
PRIVACY_ANONYMIZER long anonymise(long value);
PRIVACY_PSEUDONYMIZER long pseudonymise(long value);
PRIVACY_LOG_SINK void write_log(long value);
PRIVACY_LOG_SINK PRIVACY_PURPOSE("marketing")
void write_log_for_marketing(long value);

void unguarded(PRIVACY_TRAFFIC_DATA long seconds) {
  write_log(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:42: note: 'seconds' is declared traffic data here
}

void consent_same_purpose(PRIVACY_TRAFFIC_DATA long seconds) {
  if (has_marketing_consent())
    write_log_for_marketing(seconds);
}

// A sink that declares no purpose is covered by consent for any purpose.
void consent_any_purpose(PRIVACY_TRAFFIC_DATA long seconds) {
  if (has_research_consent())
    write_log(seconds);
}

void anonymised(PRIVACY_TRAFFIC_DATA long seconds) {
  write_log(anonymise(seconds));
}

void pseudonymised(PRIVACY_TRAFFIC_DATA long seconds) {
  write_log(pseudonymise(seconds));
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation; pseudonymised data is still personal data (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:46: note: 'seconds' is declared traffic data here
  // CHECK: :[[@LINE-3]]:13: note: pseudonymised by 'pseudonymise()': pseudonymised data is still personal data
}
