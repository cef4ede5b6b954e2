// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

// An annotated parameter reaching the sink directly.
void param(PRIVACY_SUBSCRIBER_ID const std::string &msisdn) {
  log_line(msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:53: note: 'msisdn' is declared subscriber identifier here
}

// An annotated local and a copy of it in a second local.
void local() {
  PRIVACY_PERSONAL_DATA std::string name = "Jan Jansen";
  std::string copy = name;
  log_line(copy);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'name' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-4]]:37: note: 'name' is declared personal data here
  // CHECK: :[[@LINE-4]]:15: note: assigned to 'copy'
}

// Data passed to a helper that logs its (unannotated) parameter.
static void write_out(const std::string &text) {
  log_line(text);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

void caller(PRIVACY_LOCATION_DATA const std::string &cell) {
  // CHECK: :[[@LINE-1]]:{{[0-9]+}}: note: 'cell' is declared location data here
  write_out(cell);
  // CHECK: :[[@LINE-1]]:3: note: passed to 'write_out()' here
  // CHECK: :[[@LINE-9]]:42: note: passed as parameter 'text' of 'write_out()'
}

// Negative: unannotated locals and parameters are not personal data, and a
// helper only called with clean data reports nothing.
static void write_clean(const std::string &text) { log_line(text); }

void clean(const std::string &status, int code) {
  std::string message = status + " " + std::to_string(code);
  log_line(message);
  write_clean("ok");
}
