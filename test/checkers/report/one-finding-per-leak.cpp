// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// One finding per (sink, category): several sources of one category at one
// sink are one finding; distinct sinks, categories and sink kinds are not
// merged.
#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);
PRIVACY_EXPORT_SINK void upload(const std::string &);

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
  PRIVACY_LOCATION_DATA long cell;
};

void report(const Subscriber &s) {
  std::string line = s.imsi + "/" + s.msisdn;
  log_line(line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
  // CHECK: note: 's.msisdn', also subscriber identifier, reaches the same sink
  log_line(s.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged
  upload(line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is exported
  // CHECK: note: 's.msisdn', also subscriber identifier, reaches the same sink
  log_line(line + std::to_string(s.cell));
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell' is logged
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's.imsi' is logged
}
