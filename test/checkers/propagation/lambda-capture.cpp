// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

void by_copy(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  auto report = [imsi] { log_line("imsi " + imsi); };
  // CHECK: :[[@LINE-1]]:26: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'imsi' is declared subscriber identifier here
  report();
}

void by_reference(PRIVACY_LOCATION_DATA const std::string &cell) {
  auto report = [&] { log_line(cell); };
  // CHECK: :[[@LINE-1]]:23: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  report();
}

// Init-capture under another name.
void init_capture(PRIVACY_COMMUNICATION_CONTENT const std::string &sms) {
  auto report = [text = sms + "!"] { log_line(text); };
  // CHECK: :[[@LINE-1]]:38: warning: communication content 'sms' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :[[@LINE-2]]:47: note: 'text' is captured by the lambda
  report();
}

// The lambda returns the captured data; the caller logs the result.
void returned(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  auto get = [imsi] { return imsi; };
  std::string s = get();
  log_line(s);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:19: note: returned from 'lambda'
  // CHECK: :[[@LINE-4]]:15: note: assigned to 's'
}

// Data passed to the lambda as an argument.
void argument(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  auto emit = [](const std::string &s) { log_line(s); };
  // CHECK: :[[@LINE-1]]:42: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  emit(imsi);
  // CHECK: :[[@LINE-1]]:3: note: passed to 'lambda' here
}

// Negative: a lambda capturing personal data but logging only its size or a
// clean capture; a lambda returning a constant.
void clean(PRIVACY_SUBSCRIBER_ID const std::string &imsi, int code) {
  auto a = [&imsi, code] { log_line(std::to_string(imsi.size() + code)); };
  a();
  auto b = [imsi] { return std::string("fixed"); };
  log_line(b());
  auto emit = [](const std::string &s) { log_line(s); };
  emit("status ok");
}
