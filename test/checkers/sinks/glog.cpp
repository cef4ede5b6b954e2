// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// glog: LOG(severity) << ... streams into a log message.

#include <privacy/annotations.h>
#include <glog/logging.h>
#include <string>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_TRAFFIC_DATA long bytes;
  int attempts;
};

void streams(const Subscriber &s) {
  LOG(INFO) << "attach of " << s.imsi;
  // CHECK: :[[@LINE-1]]:29: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :11:37: note: 'imsi' is declared subscriber identifier here
  LOG(ERROR) << s.bytes << " bytes";
  // CHECK: :[[@LINE-1]]:14: warning: traffic data 's.bytes' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  LOG_IF(WARNING, s.attempts > 3) << "slow attach of " << s.imsi;
  // CHECK: :[[@LINE-1]]:56: warning: subscriber identifier 's.imsi' is logged
}

void not_personal(const Subscriber &s) {
  LOG(INFO) << "attach after " << s.attempts << " attempts";
  LOG(INFO) << "imsi of " << s.imsi.size() << " digits";
  LOG_IF(INFO, s.bytes > 0) << "traffic seen";
}
