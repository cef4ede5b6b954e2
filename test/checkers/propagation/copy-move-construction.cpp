// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <string>
#include <utility>

PRIVACY_LOG_SINK void log_line(const std::string &);

void copy_construct(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::string a(imsi);
  std::string b{a};
  log_line(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-5]]:{{[0-9]+}}: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-5]]:15: note: assigned to 'a'
  // CHECK: :[[@LINE-5]]:15: note: assigned to 'b'
}

void move_construct(PRIVACY_COMMUNICATION_CONTENT std::string body) {
  std::string moved(std::move(body));
  log_line(moved);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'body' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: 'body' is declared communication content here
  // CHECK: :[[@LINE-4]]:15: note: assigned to 'moved'
}

void move_assign(PRIVACY_COMMUNICATION_CONTENT std::string body) {
  std::string target;
  target = std::move(body);
  log_line(target);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'body' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
}

// Negative: copies of clean data, and a copy made before the variable
// received personal data, are clean.
void clean(PRIVACY_COMMUNICATION_CONTENT std::string body) {
  std::string greeting = "hello";
  std::string copy(greeting);
  log_line(copy);
  std::string early;
  std::string snapshot(early);
  early = body;
  log_line(snapshot);
}
