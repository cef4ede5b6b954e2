// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

void concat(PRIVACY_SUBSCRIBER_ID const std::string &msisdn) {
  std::string line = "caller=" + msisdn + ";";
  log_line(line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:15: note: assigned to 'line'
}

void append_ops(PRIVACY_SUBSCRIBER_ID const std::string &msisdn) {
  std::string a = "a:";
  a += msisdn;
  log_line(a);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  std::string b = "b:";
  b.append(msisdn);
  log_line(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

void views(PRIVACY_COMMUNICATION_CONTENT const std::string &sms) {
  log_line(sms.substr(0, 10));
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  printf("%s\n", sms.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  const char *raw = sms.data();
  printf("%s\n", raw);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :[[@LINE-3]]:15: note: assigned to 'raw'
}

void number_to_string(PRIVACY_TRAFFIC_DATA long seconds) {
  std::string text = "duration " + std::to_string(seconds);
  log_line(text);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:15: note: assigned to 'text'
}

// Negative: sizes, emptiness and comparisons are not the data; a string
// built only from clean parts is clean.
void clean(PRIVACY_SUBSCRIBER_ID const std::string &msisdn, long code) {
  printf("%zu\n", msisdn.size());
  printf("%d\n", msisdn.empty() ? 0 : 1);
  printf("%zu\n", msisdn.length());
  log_line(std::to_string(code) + " " + std::to_string(msisdn.size()));
  std::string s = "x";
  s += "y";
  s.append(std::to_string(code));
  log_line(s.substr(1));
}
