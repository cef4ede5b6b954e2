// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

void plain(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::string s;
  s = imsi;
  log_line(s);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-5]]:{{[0-9]+}}: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-4]]:5: note: assigned to 's'
}

// Compound assignment mixes the old and the new value: both stay.
void compound(PRIVACY_TRAFFIC_DATA long seconds) {
  long total = 0;
  total += seconds;
  printf("%ld\n", total);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-5]]:{{[0-9]+}}: note: 'seconds' is declared traffic data here
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: assigned to 'total'
  long bytes = 10;
  bytes *= 2; // clean *= clean stays clean
  printf("%ld\n", bytes);
}

// Negative: assigning a clean value over a personal one removes the taint
// (strong update), for std::string and for a scalar.
void overwritten(PRIVACY_SUBSCRIBER_ID const std::string &imsi,
                 PRIVACY_TRAFFIC_DATA long seconds) {
  std::string s = imsi;
  s = "redacted";
  log_line(s);
  long n = seconds;
  n = 0;
  printf("%ld\n", n);
}

// A chain of assignments: each hop is a note.
void chain(PRIVACY_LOCATION_DATA int cell) {
  int a = cell;
  int b;
  b = a;
  printf("%d\n", b);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: 'cell' is declared location data here
  // CHECK: :[[@LINE-6]]:7: note: assigned to 'a'
  // CHECK: :[[@LINE-5]]:5: note: assigned to 'b'
  b = 1;
  printf("%d\n", b); // strong update again: clean
}
