// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A retain sink reached with consent must declare PRIVACY_RETENTION_DAYS no
// larger than the category's defaultMaxRetentionDays in law.json: traffic
// 180, location 30, subscriber_id 365, content 30, personal 365. Exactly the
// maximum is fine; one day more is a retain-period finding.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("service") bool has_consent(void);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(7) void keep_7_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30) void keep_30_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(31) void keep_31_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(180) void keep_180_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(181) void keep_181_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(365) void keep_365_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(366) void keep_366_days(long value);

void traffic(PRIVACY_TRAFFIC_DATA long seconds) {
  if (!has_consent())
    return;
  keep_7_days(seconds);
  keep_180_days(seconds);
  keep_181_days(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained for 181 days, longer than the maximum of 180 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
}

void location(PRIVACY_LOCATION_DATA long cell) {
  if (!has_consent())
    return;
  keep_30_days(cell);
  keep_31_days(cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is retained for 31 days, longer than the maximum of 30 days for location data (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
}

void subscriber(PRIVACY_SUBSCRIBER_ID long imsi) {
  if (!has_consent())
    return;
  keep_365_days(imsi);
  keep_366_days(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is retained for 366 days, longer than the maximum of 365 days for subscriber identifier (AVG/GDPR art. 5 lid 1 sub e) [privacy-retention]
}

void content(PRIVACY_COMMUNICATION_CONTENT long text) {
  if (!has_consent())
    return;
  keep_30_days(text);
  keep_31_days(text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is retained for 31 days, longer than the maximum of 30 days for communication content (AVG/GDPR art. 5 lid 1 sub e) [privacy-retention]
}

void personal(PRIVACY_PERSONAL_DATA long address) {
  if (!has_consent())
    return;
  keep_365_days(address);
  keep_366_days(address);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'address' is retained for 366 days, longer than the maximum of 365 days for personal data (AVG/GDPR art. 5 lid 1 sub e) [privacy-retention]
}
