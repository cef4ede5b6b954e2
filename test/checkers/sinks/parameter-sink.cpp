// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A sink annotation on one parameter sinks only that argument: data passed
// in the other parameters is not a finding.

#include <privacy/annotations.h>
#include <string>

void audit(int level, PRIVACY_LOG_SINK const char *msg);
void publish(PRIVACY_EXPORT_SINK const std::string &topic,
             const std::string &key);

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_TRAFFIC_DATA int bytes;
};

void process(const Subscriber &s) {
  audit(1, s.imsi.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :15:37: note: 'imsi' is declared subscriber identifier here
  publish(s.imsi, "attach");
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
}

void other_parameter(const Subscriber &s) {
  audit(s.bytes, "transfer done");
  publish("attach", s.imsi);
}
