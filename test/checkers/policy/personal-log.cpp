// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Personal data (home address) reaching a log sink: compliant only with
// a recorded consent or after anonymisation, never after mere
// pseudonymisation. Primary citation: AVG/GDPR art. 5 lid 1 sub c.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(void);
PRIVACY_CONSENT_CHECK("research") bool has_research_consent(void);
PRIVACY_ANONYMIZER const char *anonymise(const char *value);
PRIVACY_PSEUDONYMIZER const char *pseudonymise(const char *value);
PRIVACY_LOG_SINK void write_log(const char *value);
PRIVACY_LOG_SINK PRIVACY_PURPOSE("marketing")
void write_log_for_marketing(const char *value);

void unguarded(PRIVACY_PERSONAL_DATA const char *address) {
  write_log(address);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'address' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:50: note: 'address' is declared personal data here
}

void consent_same_purpose(PRIVACY_PERSONAL_DATA const char *address) {
  if (has_marketing_consent())
    write_log_for_marketing(address);
}

// A sink that declares no purpose is covered by consent for any purpose.
void consent_any_purpose(PRIVACY_PERSONAL_DATA const char *address) {
  if (has_research_consent())
    write_log(address);
}

void anonymised(PRIVACY_PERSONAL_DATA const char *address) {
  write_log(anonymise(address));
}

void pseudonymised(PRIVACY_PERSONAL_DATA const char *address) {
  write_log(pseudonymise(address));
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'address' is logged without recorded consent or anonymisation; pseudonymised data is still personal data (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:54: note: 'address' is declared personal data here
  // CHECK: :[[@LINE-3]]:13: note: pseudonymised by 'pseudonymise()': pseudonymised data is still personal data
}
