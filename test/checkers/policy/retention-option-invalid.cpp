// RUN: %clang_tidy --checks='-*,privacy-retention' \
// RUN:   -config="{CheckOptions: {privacy-retention.MaxRetentionDays.traffic: 'abc'}}" \
// RUN:   %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-retention' \
// RUN:   -config="{CheckOptions: {privacy-retention.MaxRetentionDays.traffic: '-5'}}" \
// RUN:   %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEGATIVE \
// RUN:     --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-retention' \
// RUN:   -config="{CheckOptions: {privacy-retention.MaxRetentionDays.traffic: '40000'}}" \
// RUN:   %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LARGE \
// RUN:     --implicit-check-not='{{warning|error}}:'

// A MaxRetentionDays value that is not a whole number of days >= 0 is a
// configuration diagnostic naming the option; the default from law.json
// (180 days for traffic data) stays in force.

// CHECK: {{warning|error}}: invalid value 'abc' for option 'privacy-retention.MaxRetentionDays.traffic': expected a whole number of days >= 0 [clang-tidy-config]
// NEGATIVE: {{warning|error}}: invalid value '-5' for option 'privacy-retention.MaxRetentionDays.traffic': expected a whole number of days >= 0 [clang-tidy-config]
// LARGE: {{warning|error}}: invalid value '40000' for option 'privacy-retention.MaxRetentionDays.traffic': too large (at most 36525 days) [clang-tidy-config]

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("service") bool has_consent(void);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(180) void keep_180_days(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(181) void keep_181_days(long value);

void traffic(PRIVACY_TRAFFIC_DATA long seconds) {
  if (!has_consent())
    return;
  keep_180_days(seconds);
  keep_181_days(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained for 181 days, longer than the maximum of 180 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  // NEGATIVE: :[[@LINE-2]]:3: warning: traffic data 'seconds' is retained for 181 days, longer than the maximum of 180 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  // LARGE: :[[@LINE-3]]:3: warning: traffic data 'seconds' is retained for 181 days, longer than the maximum of 180 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
}
