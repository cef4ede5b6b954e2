// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Inserting into std::cout, std::cerr or std::clog is logging, also at the
// end of a chain of << and before std::endl.

#include <privacy/annotations.h>
#include <iostream>
#include <sstream>
#include <string>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA int cell;
  int attempts;
};

void console(const Subscriber &s) {
  std::cout << s.imsi;
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :13:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:13: note: flows into 'cout' through 'operator<<()'
  std::cerr << "attach of " << s.imsi << " failed" << std::endl;
  // CHECK: :[[@LINE-1]]:29: warning: subscriber identifier 's.imsi' is logged
  std::clog << "cell " << s.cell << '\n';
  // CHECK: :[[@LINE-1]]:24: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

void not_personal(const Subscriber &s) {
  std::cout << "attempts: " << s.attempts << std::endl;
  std::cerr << s.imsi.size() << '\n';
  // A string stream is not a log; its contents are logged only once they
  // are written to one.
  std::ostringstream line;
  line << s.imsi;
}

void through_string_stream(const Subscriber &s) {
  std::ostringstream line;
  line << "imsi=" << s.imsi;
  std::cout << line.str() << std::endl;
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 's.imsi' is logged
  // CHECK: :[[@LINE-3]]:19: note: flows into 'line' through 'operator<<()'
  // CHECK: :[[@LINE-3]]:13: note: flows into 'cout' through 'operator<<()'
}
