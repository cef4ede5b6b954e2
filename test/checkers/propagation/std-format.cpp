// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++20 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// GCC 12's libstdc++ has no <format>: std_format_mock.h declares the API.
#include <privacy/annotations.h>
#include <std_format_mock.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

void format_then_log(PRIVACY_SUBSCRIBER_ID const std::string &msisdn) {
  std::string line = std::format("sms from {}", msisdn);
  log_line(line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: 'msisdn' is declared subscriber identifier here
  // CHECK: :[[@LINE-4]]:15: note: assigned to 'line'
}

void format_to_buffer(PRIVACY_COMMUNICATION_CONTENT const std::string &text) {
  char buf[256];
  std::format_to(buf, "body={}", text);
  log_line(buf);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'buf' through 'format_to()'
}

// std::print / std::println (C++23) are log sinks.
void print_direct(PRIVACY_TRAFFIC_DATA long seconds) {
  std::println("call lasted {}s", seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

// Negative: formatting clean values only.
void clean(PRIVACY_SUBSCRIBER_ID const std::string &msisdn, int code) {
  log_line(std::format("code={}", code));
  std::println("len={}", msisdn.size());
}
