// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string plan;
};

// A const reference names the same object as the field it binds to.
void const_ref(const Subscriber &sub) {
  const std::string &r = sub.imsi;
  log_line(r);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'sub.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :10:37: note: 'imsi' is declared subscriber identifier here
}

// Writing through a reference changes the referenced object.
void write_through(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::string target;
  std::string &alias = target;
  alias = imsi;
  log_line(target);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

// An out-parameter filled by a callee.
static void fill(std::string &out, const Subscriber &sub) { out = sub.imsi; }

void out_param(const Subscriber &sub) {
  std::string s;
  fill(s, sub);
  log_line(s);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'sub.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: stored by 'fill()'
}

// Negative: a reference to an unannotated field, and an out-parameter filled
// with clean data.
static void fill_plan(std::string &out, const Subscriber &sub) { out = sub.plan; }

void clean(const Subscriber &sub) {
  const std::string &p = sub.plan;
  log_line(p);
  std::string s;
  fill_plan(s, sub);
  log_line(s);
}
