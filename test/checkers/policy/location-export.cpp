// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Location data (serving cell) reaching an export sink: compliant only with
// a recorded consent or after anonymisation, never after mere
// pseudonymisation. Primary citation: Telecommunicatiewet art. 11.5a lid 1.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(void);
PRIVACY_CONSENT_CHECK("research") bool has_research_consent(void);
PRIVACY_ANONYMIZER int anonymise(int value);
PRIVACY_PSEUDONYMIZER int pseudonymise(int value);
PRIVACY_EXPORT_SINK void send_to_partner(int value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing")
void send_to_partner_for_marketing(int value);

void unguarded(PRIVACY_LOCATION_DATA int cell) {
  send_to_partner(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:42: note: 'cell' is declared location data here
}

void consent_same_purpose(PRIVACY_LOCATION_DATA int cell) {
  if (has_marketing_consent())
    send_to_partner_for_marketing(cell);
}

// A sink that declares no purpose is covered by consent for any purpose.
void consent_any_purpose(PRIVACY_LOCATION_DATA int cell) {
  if (has_research_consent())
    send_to_partner(cell);
}

void anonymised(PRIVACY_LOCATION_DATA int cell) {
  send_to_partner(anonymise(cell));
}

void pseudonymised(PRIVACY_LOCATION_DATA int cell) {
  send_to_partner(pseudonymise(cell));
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is exported without recorded consent or anonymisation; pseudonymised data is still personal data (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:46: note: 'cell' is declared location data here
  // CHECK: :[[@LINE-3]]:19: note: pseudonymised by 'pseudonymise()': pseudonymised data is still personal data
}
