// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// fmt::print to a FILE: the stream decides. stderr is a log, a file opened
// with fopen is storage.
#include <privacy/annotations.h>
#include <cstdio>
#include <fmt/core.h>

void to_console(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  fmt::print(stderr, "imsi={}\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  fmt::print("imsi={}\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

void to_file(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  std::FILE *f = std::fopen("subscribers.txt", "a");
  fmt::print(f, "imsi={}\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  fmt::print(f, "count={}\n", 3); // Negative: no personal data.
}
