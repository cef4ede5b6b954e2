// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Direct recursion: the summary of a self-recursive function is iterated to a
// fixed point, so a parameter that reaches a sink or the return value only
// after some recursive calls is still followed, and reported once.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string label;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

void log_after(const std::string &s, int depth) {
  if (depth == 0) {
    log_line(s);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'sub.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
    // CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
    // CHECK: :38:3: note: passed to 'log_after()' here
    // CHECK-NOT: :[[@LINE+4]]:3: note:
    // CHECK: :38:3: note: the sink is reached through this call, where no covering consent holds
    return;
  }
  log_after(s, depth - 1);
}

// The parameter reaches the return value only through the recursive call.
std::string pick(const std::string &s, int n) {
  if (n > 0)
    return pick(s, n - 1);
  return s;
}

void use(const Sub &sub) {
  log_after(sub.imsi, 3);
  log_line(pick(sub.imsi, 2));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'sub.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :31:37: note: passed as parameter 's' of 'pick()'
  // CHECK: :39:12: note: returned from 'pick()'
  // Negative: unannotated data through the same recursive functions.
  log_after(sub.label, 3);
  log_line(pick(sub.label, 2));
}
