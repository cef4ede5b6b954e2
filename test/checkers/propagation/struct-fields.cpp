// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

struct Cdr {
  PRIVACY_SUBSCRIBER_ID std::string caller;
  PRIVACY_TRAFFIC_DATA long seconds;
  int record_type;
  std::string switch_name;
};

PRIVACY_LOG_SINK void log_line(const std::string &);
PRIVACY_LOG_SINK void log_record(const Cdr &);

// The whole struct reaches the sink: its annotated fields are personal.
void whole(const Cdr &cdr) {
  log_record(cdr);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cdr.caller' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :9:37: note: 'caller' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:3: warning: traffic data 'cdr.seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :10:29: note: 'seconds' is declared traffic data here
}

// A copy of the struct keeps the field categories.
void copied(const Cdr &cdr) {
  Cdr copy = cdr;
  printf("%ld\n", copy.seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'copy.seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :10:29: note: 'seconds' is declared traffic data here
}

// Personal data written into an unannotated field is tracked per field.
void field_write(const Cdr &cdr) {
  Cdr out{};
  out.switch_name = cdr.caller;
  log_line(out.switch_name);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cdr.caller' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:19: note: assigned to 'out.switch_name'
}

// Negative: unannotated fields of a struct that holds personal fields are not
// personal, even after a sibling field was written.
void clean(const Cdr &cdr) {
  printf("%d\n", cdr.record_type);
  log_line(cdr.switch_name);
  Cdr out{};
  out.switch_name = cdr.caller;
  printf("%d\n", out.record_type);
}
