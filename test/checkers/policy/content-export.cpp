// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Communication content (SMS text) reaching an export sink: compliant only with
// a recorded consent or after anonymisation, never after mere
// pseudonymisation. Primary citation: Telecommunicatiewet art. 11.2a.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(void);
PRIVACY_CONSENT_CHECK("research") bool has_research_consent(void);
PRIVACY_ANONYMIZER const char *anonymise(const char *value);
PRIVACY_PSEUDONYMIZER const char *pseudonymise(const char *value);
PRIVACY_EXPORT_SINK void send_to_partner(const char *value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing")
void send_to_partner_for_marketing(const char *value);

void unguarded(PRIVACY_COMMUNICATION_CONTENT const char *text) {
  send_to_partner(text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-export]
  // CHECK: :[[@LINE-3]]:58: note: 'text' is declared communication content here
}

void consent_same_purpose(PRIVACY_COMMUNICATION_CONTENT const char *text) {
  if (has_marketing_consent())
    send_to_partner_for_marketing(text);
}

// A sink that declares no purpose is covered by consent for any purpose.
void consent_any_purpose(PRIVACY_COMMUNICATION_CONTENT const char *text) {
  if (has_research_consent())
    send_to_partner(text);
}

void anonymised(PRIVACY_COMMUNICATION_CONTENT const char *text) {
  send_to_partner(anonymise(text));
}

void pseudonymised(PRIVACY_COMMUNICATION_CONTENT const char *text) {
  send_to_partner(pseudonymise(text));
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is exported without recorded consent or anonymisation; pseudonymised data is still personal data (Telecommunicatiewet art. 11.2a) [privacy-export]
  // CHECK: :[[@LINE-3]]:62: note: 'text' is declared communication content here
  // CHECK: :[[@LINE-3]]:19: note: pseudonymised by 'pseudonymise()': pseudonymised data is still personal data
}
