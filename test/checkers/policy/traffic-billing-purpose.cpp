// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' \
// RUN:   %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Tw art. 11.5 lid 2: traffic data needed for billing may be processed
// without consent, so a sink whose purpose is "billing" is compliant; any
// other purpose still needs consent. The exception is time-limited: a billing
// store must declare a retention period within the maximum.

#include <privacy/annotations.h>

PRIVACY_LOG_SINK PRIVACY_PURPOSE("billing") void log_for_billing(long value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("billing")
void send_to_clearing_house(long value);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(180)
void store_for_billing(long value);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("statistics")
void send_statistics(long value);
PRIVACY_LOG_SINK void log_line(long value);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(181)
void store_for_billing_too_long(long value);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing")
void store_for_billing_no_period(long value);

void billing(PRIVACY_TRAFFIC_DATA long seconds) {
  log_for_billing(seconds);
  send_to_clearing_house(seconds);
  store_for_billing(seconds);
}

void other_purpose(PRIVACY_TRAFFIC_DATA long seconds) {
  send_statistics(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:46: note: 'seconds' is declared traffic data here
  log_line(seconds); // no purpose declared: not billing
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

void billing_store_period(PRIVACY_TRAFFIC_DATA long seconds) {
  store_for_billing_too_long(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained for 181 days, longer than the maximum of 180 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  store_for_billing_no_period(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is retained without a declared retention period (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
}
