// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdint>
#include <cstdio>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);
PRIVACY_LOG_SINK void log_value(long long);

// A cast changes the type, not what the value is.
void c_style(PRIVACY_TRAFFIC_DATA double seconds) {
  printf("%d\n", (int)seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

void static_cast_(PRIVACY_SUBSCRIBER_ID uint64_t imsi) {
  long long v = static_cast<long long>(imsi);
  log_value(v);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:13: note: assigned to 'v'
}

void functional(PRIVACY_SUBSCRIBER_ID const char *msisdn,
                PRIVACY_TRAFFIC_DATA int bytes) {
  log_line(std::string(msisdn));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  log_value(long(bytes));
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'bytes' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

struct Record {
  PRIVACY_LOCATION_DATA int cell;
};

void const_cast_(const Record &r) {
  Record &m = const_cast<Record &>(r);
  printf("%d\n", m.cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'm.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

// Negative: casting clean values stays clean.
void clean(long long code, const char *status) {
  printf("%d\n", (int)code);
  log_value(static_cast<long long>(code));
  log_line(std::string(status));
}
