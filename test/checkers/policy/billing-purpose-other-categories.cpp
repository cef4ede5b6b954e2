// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' \
// RUN:   %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// law.json allows "billing" without consent for traffic data (Tw 11.5 lid 2,
// see traffic-billing-purpose.cpp) and subscriber identifiers (the contract,
// AVG art. 6(1)(b)). Location data (Tw art. 11.5a lid 1), content and other
// personal data need consent whatever the purpose.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("billing") bool has_billing_consent(void);
PRIVACY_LOG_SINK PRIVACY_PURPOSE("billing") void log_for_billing(long value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("billing")
void send_to_clearing_house(long value);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(30)
void store_for_billing(long value);

void location(PRIVACY_LOCATION_DATA long cell) {
  log_for_billing(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  send_to_clearing_house(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  store_for_billing(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
}

void location_with_consent(PRIVACY_LOCATION_DATA long cell) {
  if (!has_billing_consent())
    return;
  log_for_billing(cell);
  send_to_clearing_house(cell);
  store_for_billing(cell);
}

void subscriber(PRIVACY_SUBSCRIBER_ID long imsi) {
  log_for_billing(imsi);
  send_to_clearing_house(imsi);
  store_for_billing(imsi);
}

void content(PRIVACY_COMMUNICATION_CONTENT long text) {
  store_for_billing(text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-retention]
}

void personal(PRIVACY_PERSONAL_DATA long address) {
  log_for_billing(address);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'address' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}
