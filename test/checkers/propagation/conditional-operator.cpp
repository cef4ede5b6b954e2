// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

// Either arm can be the value: personal data in one arm is enough.
void either_arm(PRIVACY_SUBSCRIBER_ID const std::string &msisdn, bool hidden) {
  std::string shown = hidden ? std::string("***") : msisdn;
  log_line(shown);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:15: note: assigned to 'shown'
}

void inline_in_sink(PRIVACY_LOCATION_DATA int cell, bool verbose) {
  printf("%d\n", verbose ? cell : -1);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

// The same through if/else: the join keeps both possibilities.
void if_else(PRIVACY_LOCATION_DATA int cell, bool verbose) {
  int value;
  if (verbose)
    value = cell;
  else
    value = 0;
  printf("%d\n", value);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

// Negative: the condition is not the value, and both arms clean.
void clean(PRIVACY_LOCATION_DATA int cell, bool verbose) {
  printf("%s\n", cell > 0 ? "known" : "unknown");
  log_line(verbose ? "yes" : "no");
  int value = cell;
  value = verbose ? 1 : 2;
  printf("%d\n", value);
}
