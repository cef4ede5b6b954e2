// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A logging wrapper two levels deep: the finding is at the real sink, and the
// notes walk from the caller through both wrappers.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string label;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

void log_inner(const std::string &m) { log_line(m); }
// CHECK: :[[@LINE-1]]:40: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
// CHECK: :11:37: note: 'imsi' is declared subscriber identifier here
// CHECK: :30:3: note: passed to 'log_outer()' here
// CHECK: :26:35: note: passed as parameter 'm' of 'log_outer()'
// CHECK: :26:40: note: passed to 'log_inner()' here
// CHECK: :16:35: note: passed as parameter 'm' of 'log_inner()'
// CHECK: :26:40: note: the sink is reached through this call, where no covering consent holds
// CHECK: :30:3: note: the sink is reached through this call, where no covering consent holds

void log_outer(const std::string &m) { log_inner(m); }
void ignore_it(const std::string &m) { (void)m.size(); }

void use(const Sub &s) {
  log_outer(s.imsi);
  // Negative: unannotated data, a literal, and a wrapper that does not log.
  log_outer(s.label);
  log_outer("started");
  ignore_it(s.imsi);
}
