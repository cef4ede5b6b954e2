// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent makes storing personal data lawful only for a limited time (AVG
// art. 5(1)(e), 25(2)): a retain sink without PRIVACY_RETENTION_DAYS is a
// retain-period finding, cited per category. Anonymised data needs no period.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("service") bool has_consent(void);
PRIVACY_ANONYMIZER long anonymise(long value);
PRIVACY_RETAIN_SINK void keep(long value);

void consented(PRIVACY_TRAFFIC_DATA long seconds,
               PRIVACY_LOCATION_DATA long cell,
               PRIVACY_SUBSCRIBER_ID long imsi,
               PRIVACY_COMMUNICATION_CONTENT long text,
               PRIVACY_PERSONAL_DATA long address) {
  if (!has_consent())
    return;
  keep(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained without a declared retention period (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  keep(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is retained without a declared retention period (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
  keep(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is retained without a declared retention period (AVG/GDPR art. 5 lid 1 sub e) [privacy-retention]
  keep(text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is retained without a declared retention period (AVG/GDPR art. 5 lid 1 sub e) [privacy-retention]
  keep(address);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'address' is retained without a declared retention period (AVG/GDPR art. 5 lid 1 sub e) [privacy-retention]
}

void anonymised(PRIVACY_LOCATION_DATA long cell) {
  keep(anonymise(cell));
}

// Without consent the lawfulness finding is the one reported.
void unconsented(PRIVACY_LOCATION_DATA long cell) {
  keep(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
}
