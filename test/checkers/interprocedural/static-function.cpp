// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Static (internal linkage) functions and static member functions are
// summarised like any other: their callers are all in this TU.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_PERSONAL_DATA std::string email;
  std::string plan;
};
PRIVACY_EXPORT_SINK void send_partner(const std::string &);

static std::string pick_email(const Sub &s) { return s.email; }
static std::string pick_plan(const Sub &s) { return s.plan; }

namespace {
void forward(const std::string &v) { send_partner(v); }
// CHECK: :[[@LINE-1]]:38: warning: personal data 's.email' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
// CHECK: :11:37: note: 'email' is declared personal data here
// CHECK: :34:18: note: returned from 'pick_email()'
// CHECK: :34:3: note: passed to '{{(Exporter::)?}}push()' here
// CHECK: :30:44: note: passed to 'forward()' here
// CHECK: :34:3: note: the sink is reached through this call, where no covering consent holds
} // namespace

struct Exporter {
  static void push(const std::string &v) { forward(v); }
};

void use(const Sub &s) {
  Exporter::push(pick_email(s));
  Exporter::push(pick_plan(s));
}
