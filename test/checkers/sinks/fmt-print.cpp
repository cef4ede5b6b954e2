// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// {fmt}: fmt::print and fmt::println write to the console; fmt::format only
// builds a string.

#include <privacy/annotations.h>
#include <fmt/format.h>
#include <string>

struct Message {
  PRIVACY_COMMUNICATION_CONTENT std::string body;
  PRIVACY_SUBSCRIBER_ID std::string sender;
  int length;
};

void print(const Message &m) {
  fmt::print("sms: {}\n", m.body);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'm.body' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :12:45: note: 'body' is declared communication content here
  std::string line = fmt::format("from {}", m.sender);
  fmt::print("{}\n", line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.sender' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:15: note: assigned to 'line'
}

void not_logged(const Message &m) {
  fmt::print("sms of {} characters\n", m.length);
  std::string kept = fmt::format("{}: {}", m.sender, m.body);
  (void)kept;
}
