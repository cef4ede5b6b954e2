// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/sink-objects.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model names objects that are sinks: a global FILE* that is the audit
// log (a log, not a store), and every stream of a type that leaves the
// process (written through its operator<<).

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

FILE *g_audit_file;
namespace telemetry {
struct Channel {
  Channel &operator<<(const std::string &s);
};
} // namespace telemetry

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  int plan;
};

void audit(const Subscriber &s) {
  fprintf(g_audit_file, "%s\n", s.imsi.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  fprintf(g_audit_file, "plan %d\n", s.plan);
}

void publish(telemetry::Channel &ch, const Subscriber &s) {
  ch << s.imsi;
  // CHECK: :[[@LINE-1]]:6: warning: subscriber identifier 's.imsi' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
  ch << std::to_string(s.plan);
}
