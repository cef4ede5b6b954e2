// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Blocks are visited in reverse post-order of the CFG's own successor order:
// the else-branch `return s` before the recursive `return pick(...)`. The
// first trace found for a label is kept, so the summary's return trace is
// the direct one, without a detour through the recursion. (The order of
// PostOrderCFGView, then-branches first, would keep the detour.)

#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

std::string pick(const std::string &s, int n) {
  if (n > 0)
    return pick(s, n - 1);
  return s;
}

void use(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  log_line(pick(imsi, 2));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :21:51: note: 'imsi' is declared subscriber identifier here
  // CHECK: :22:12: note: passed to 'pick()' here
  // CHECK-NOT: :17:12: note:
  // CHECK: :15:37: note: passed as parameter 's' of 'pick()'
  // CHECK-NOT: :17:12: note:
  // CHECK: :22:12: note: returned from 'pick()'
}
