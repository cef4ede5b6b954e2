// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>
#include <vector>

PRIVACY_LOG_SINK void log_line(const std::string &);

// The value reaches the sink only on the second iteration, through the back
// edge: the sink comes before the assignment in the loop body.
void back_edge(PRIVACY_SUBSCRIBER_ID const std::string &imsi, int n) {
  std::string previous;
  for (int i = 0; i < n; ++i) {
    log_line(previous);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
    previous = imsi;
    // CHECK: :[[@LINE-1]]:14: note: assigned to 'previous'
  }
}

// Accumulating around a while loop: the fixpoint must be reached (the
// analysis terminates) and the accumulated string is personal.
void accumulate(const std::vector<std::string> &parts,
                PRIVACY_LOCATION_DATA const std::string &cell) {
  std::string acc;
  size_t i = 0;
  while (i < parts.size()) {
    acc += parts[i];
    if (i == 2)
      acc += cell;
    ++i;
  }
  log_line(acc);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :[[@LINE-5]]:11: note: flows into 'acc' through 'operator+=()'
}

// A swap chain that needs three iterations to carry the value to 'c'.
void rotation(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  long a = seconds, b = 0, c = 0;
  do {
    c = b;
    b = a;
    a = 0;
  } while (--n > 0);
  printf("%ld\n", c);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-8]]:8: note: assigned to 'a'
  // CHECK: :[[@LINE-6]]:7: note: assigned to 'b'
  // CHECK: :[[@LINE-8]]:7: note: assigned to 'c'
}

// Negative: the loop counter and an accumulator of clean values; a variable
// cleared at the top of every iteration before it is logged.
void clean(PRIVACY_SUBSCRIBER_ID const std::string &imsi, int n) {
  int total = 0;
  for (int i = 0; i < n; ++i)
    total += i;
  printf("%d\n", total);
  std::string line;
  for (int i = 0; i < n; ++i) {
    line = "tick";
    log_line(line);
    line = imsi;
  }
  for (;;) {
    if (n-- < 0)
      break;
  }
}
