// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Calls whose target is unknown (a function pointer parameter that nothing
// in view stores a function into, or a std::function) are handled
// conservatively: data flows from the arguments to the result, and no sink
// inside the target is seen. A sink reached through such a call is
// therefore missed; the result is followed. A pointer that functions in view
// are stored into reaches them (indirect-calls.{c,cpp}).

#include <privacy/annotations.h>
#include <functional>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string label;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

using Format = std::string (*)(const std::string &);
void use_pointer(const Sub &s, Format fmt, void (*emit)(const std::string &)) {
  log_line(fmt(s.imsi)); // the result may carry the argument
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :16:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:12: note: passed through {{.*}}fmt
  log_line(fmt(s.label)); // Negative: plain data in, plain data out.
  emit(s.imsi); // Known limitation: whatever emit logs is not seen.
}

void use_function(const Sub &s,
                  const std::function<std::string(const std::string &)> &f) {
  log_line(f(s.imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  log_line(f(s.label)); // Negative.
}

// A pointer initialised with a known function reaches it: the sink inside
// logger() is seen, through the call.
static void logger(const std::string &v) { log_line(v); }
// CHECK: :[[@LINE-1]]:44: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
// CHECK: :16:37: note: 'imsi' is declared subscriber identifier here
// CHECK: :[[@LINE+3]]:3: note: passed to 'logger()' here
void use_known(const Sub &s) {
  void (*p)(const std::string &) = logger;
  p(s.imsi);
}
