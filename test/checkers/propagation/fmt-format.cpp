// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <fmt/format.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

void format_then_log(PRIVACY_SUBSCRIBER_ID const std::string &imsi, int cause) {
  std::string line = fmt::format("detach imsi={} cause={}", imsi, cause);
  log_line(line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-4]]:15: note: assigned to 'line'
}

void nested_format(PRIVACY_LOCATION_DATA double lat) {
  log_line("pos " + fmt::format("{:.3f}", lat));
  // CHECK: :[[@LINE-1]]:3: warning: location data 'lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

// fmt::print is itself a log sink.
void print_direct(PRIVACY_TRAFFIC_DATA long bytes) {
  fmt::print("{} bytes\n", bytes);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'bytes' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

// Negative: formatting only clean arguments, or the size of a personal
// string, is clean.
void clean(PRIVACY_SUBSCRIBER_ID const std::string &imsi, int cause) {
  log_line(fmt::format("cause={}", cause));
  fmt::print("len={}\n", imsi.size());
  std::string s = fmt::format("{}", 42);
  log_line(s);
}
