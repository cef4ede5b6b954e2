// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {MaxBlockVisits: 12}}" -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FULL --implicit-check-not='{{warning|error|remark}}:'

// A function whose analysis needs more block visits than MaxBlockVisits is
// abandoned with a remark (no findings inside it, no hang); the others are
// analysed as usual.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_value(long v);

void branchy(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  // CHECK: :[[@LINE-1]]:6: remark: privacy analysis of 'branchy' stopped at its budget (12 block visits); findings inside it may be missing [privacy-logging]
  long acc = 0;
  for (int i = 0; i < n; ++i) {
    if (i % 2)
      acc += seconds;
    else if (i % 3)
      acc -= 1;
    else
      acc *= 2;
  }
  log_value(acc);
  // FULL: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

void simple(PRIVACY_TRAFFIC_DATA long seconds) {
  log_value(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged
  // FULL: :[[@LINE-2]]:3: warning: traffic data 'seconds' is logged
}
