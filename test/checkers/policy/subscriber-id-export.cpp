// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A subscriber identifier (IMSI) reaching an export sink: compliant only with
// a recorded consent or after anonymisation, never after mere
// pseudonymisation. Primary citation: AVG/GDPR art. 6 lid 1.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(void);
PRIVACY_CONSENT_CHECK("research") bool has_research_consent(void);
PRIVACY_ANONYMIZER const char *anonymise(const char *value);
PRIVACY_PSEUDONYMIZER const char *pseudonymise(const char *value);
PRIVACY_EXPORT_SINK void send_to_partner(const char *value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing")
void send_to_partner_for_marketing(const char *value);

void unguarded(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  send_to_partner(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:50: note: 'imsi' is declared subscriber identifier here
}

void consent_same_purpose(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  if (has_marketing_consent())
    send_to_partner_for_marketing(imsi);
}

// A sink that declares no purpose is covered by consent for any purpose.
void consent_any_purpose(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  if (has_research_consent())
    send_to_partner(imsi);
}

void anonymised(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  send_to_partner(anonymise(imsi));
}

void pseudonymised(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  send_to_partner(pseudonymise(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation; pseudonymised data is still personal data (AVG/GDPR art. 6 lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:54: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:19: note: pseudonymised by 'pseudonymise()': pseudonymised data is still personal data
}
