// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A logging helper called from three places with two different sources:
// one finding per distinct source, each at the sink with its own call site;
// the same source passed from two places is one finding, not two.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA std::string cell;
  std::string label;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

void note(const std::string &what) { log_line(what); }
// Both findings sit on the same line; clang-tidy orders them by message.
// CHECK: :[[@LINE-2]]:38: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
// CHECK: :13:37: note: 'cell' is declared location data here
// CHECK: :31:30: note: passed to 'note()' here
// CHECK: :31:30: note: the sink is reached through this call, where no covering consent holds
// CHECK: :[[@LINE-6]]:38: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
// CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
// CHECK: :29:32: note: passed to 'note()' here
// CHECK: :29:32: note: the sink is reached through this call, where no covering consent holds

void on_attach(const Sub &s) { note(s.imsi); }
void on_detach(const Sub &s) { note(s.imsi); }
void on_move(const Sub &s) { note(s.cell); }
void on_idle(const Sub &s) { note(s.label); } // Negative: plain data.
