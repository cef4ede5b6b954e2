// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function annotated as a sink sinks every argument; the kind of the
// annotation picks the check.

#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void trace(const char *fmt, ...);
PRIVACY_EXPORT_SINK void send_to_partner(const std::string &payload);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30) void archive(int key,
                                                            const std::string &v);

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
  int plan;
};

void process(const Subscriber &s) {
  trace("attach %s", s.msisdn.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :16:37: note: 'msisdn' is declared subscriber identifier here
  send_to_partner(s.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
  archive(s.plan, s.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}

void not_personal(const Subscriber &s) {
  trace("plan %d", s.plan);
  send_to_partner(std::to_string(s.plan));
  archive(s.plan, "attach");
}

// A sink defined in this file: the calls are the findings, not its body.
PRIVACY_LOG_SINK void audit(const std::string &line) { trace("%s", line.c_str()); }

void audited(const Subscriber &s) {
  audit("msisdn=" + s.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged
  audit("plan");
}
