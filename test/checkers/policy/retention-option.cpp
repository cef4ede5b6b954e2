// RUN: %clang_tidy --checks='-*,privacy-retention' \
// RUN:   -config="{CheckOptions: {privacy-retention.MaxRetentionDays.traffic: '400'}}" \
// RUN:   %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// privacy-retention.MaxRetentionDays.<category> overrides law.json's default
// for that category only.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("service") bool has_consent(void);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(31) void keep_31_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(400) void keep_400_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(401) void keep_401_days(long value);

void traffic(PRIVACY_TRAFFIC_DATA long seconds) {
  if (!has_consent())
    return;
  keep_400_days(seconds); // above the default 180, within the option's 400
  keep_401_days(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained for 401 days, longer than the maximum of 400 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
}

void location(PRIVACY_LOCATION_DATA long cell) {
  if (!has_consent())
    return;
  keep_31_days(cell); // location keeps its default of 30
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is retained for 31 days, longer than the maximum of 30 days for location data (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
}
