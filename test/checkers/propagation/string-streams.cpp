// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <iostream>
#include <sstream>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

void ostringstream_str(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::ostringstream os;
  os << "imsi=" << imsi << ';';
  log_line(os.str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: flows into 'os' through 'operator<<()'
}

void stringstream_number(PRIVACY_TRAFFIC_DATA long seconds) {
  std::stringstream ss;
  ss << seconds;
  std::string text = ss.str();
  log_line(text);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: flows into 'ss' through 'operator<<()'
  // CHECK: :[[@LINE-4]]:15: note: assigned to 'text'
}

// std::cout and std::cerr are log sinks themselves.
void console(PRIVACY_LOCATION_DATA int cell) {
  std::cout << "cell " << cell << '\n';
  // CHECK: :[[@LINE-1]]:24: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :[[@LINE-2]]:24: note: flows into 'cout' through 'operator<<()'
  std::ostringstream os;
  os << cell;
  std::cerr << os.str() << std::endl;
  // CHECK: :[[@LINE-1]]:13: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

// Negative: a stream holding only clean data, a fresh stream, and the
// stream's size are clean.
void clean(PRIVACY_LOCATION_DATA int cell, int code) {
  std::ostringstream os;
  os << "code=" << code;
  log_line(os.str());
  std::cout << "status " << code << std::endl;
  std::ostringstream personal;
  personal << cell;
  std::cout << personal.str().size() << '\n';
  std::ostringstream fresh;
  log_line(fresh.str());
}
