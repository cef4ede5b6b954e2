// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A lambda passed to std::for_each or to a local higher-order function: the
// elements flow into the lambda's parameter, so a sink in its body sees them.

#include <privacy/annotations.h>
#include <algorithm>
#include <string>
#include <vector>

struct Batch {
  PRIVACY_SUBSCRIBER_ID std::vector<std::string> imsis;
  std::vector<std::string> labels;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

template <typename F> void visit(const std::vector<std::string> &v, F f) {
  for (const std::string &e : v)
    f(e);
}

void use(const Batch &b) {
  std::for_each(b.imsis.begin(), b.imsis.end(),
                [](const std::string &e) { log_line(e); });
  // CHECK: :[[@LINE-1]]:44: warning: subscriber identifier 'b.imsis' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :13:50: note: 'imsis' is declared subscriber identifier here
  // CHECK: :[[@LINE-4]]:3: note: the sink is reached through this call, where no covering consent holds
  visit(b.imsis, [](const std::string &e) { log_line(e); });
  // CHECK: :[[@LINE-1]]:45: warning: subscriber identifier 'b.imsis' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :13:50: note: 'imsis' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:3: note: passed to 'visit()' here
  // CHECK-NOT: note: {{.*}}'__begin
  // CHECK: :[[@LINE-5]]:40: note: passed as parameter 'e' of {{.*}}lambda
  // CHECK: :[[@LINE-6]]:3: note: the sink is reached through this call, where no covering consent holds

  // Negative: the same lambdas over plain data, and a lambda that drops it.
  std::for_each(b.labels.begin(), b.labels.end(),
                [](const std::string &e) { log_line(e); });
  visit(b.labels, [](const std::string &e) { log_line(e); });
  visit(b.imsis, [](const std::string &e) { log_line(std::to_string(0 * e.size())); });
}
