// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

PRIVACY_SUBSCRIBER_ID std::string g_imsi;
std::string g_last_caller;
std::string g_status;

void annotated_global() {
  log_line(g_imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g_imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

// A plain global that one function fills and another logs.
void remember(PRIVACY_SUBSCRIBER_ID const std::string &msisdn) {
  g_last_caller = msisdn;
}

void dump_last() {
  log_line(g_last_caller);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-6]]:17: note: assigned to 'g_last_caller'
}

// Members used inside a method (implicit 'this').
class Session {
  PRIVACY_LOCATION_DATA int cell_ = 0;
  int retries_ = 0;

public:
  void dump() const {
    printf("%d\n", cell_);
    // CHECK: :[[@LINE-1]]:5: warning: location data '{{(this->)?}}cell_' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
    // CHECK: :[[@LINE-7]]:29: note: 'cell_' is declared location data here
    printf("%d\n", retries_); // unannotated member
  }
};

// Negative: a global only ever assigned clean text.
void set_status(int code) { g_status = std::to_string(code); }
void dump_status() { log_line(g_status); }
