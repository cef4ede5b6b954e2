// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-sink-objects-cpp.json', StrictModels: true}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FOUND --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-sink-objects-cpp.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FOUND --implicit-check-not='{{warning|error}}:'

// StrictModels checks `sinkObjects` rules in C++ too (see
// strict-sink-objects.c): qualified names, a static member as a variable,
// a class template's specialization by its printed name; a template
// parameter is no type a rule names. std::cout is an export here: the
// user's rule overrides the shipped one.
//
// The configuration warnings first (by their text: line 11 before line 6).
// CHECK: warning: model {{.*}}strict-sink-objects-cpp.json:11: sink object call 'telemetry::open_steam' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects-cpp.json:12: sink object type 'telemetry::Journal' is overridden by model {{.*}}strict-sink-objects-cpp.json:13 in this translation unit (the last matching entry wins) [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects-cpp.json:15: sink object type 'telemetry::T' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects-cpp.json:6: sink object variable 'telemetry::Hub::wier' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects-cpp.json:9: sink object type 'telemetry::Chanel' matches nothing in this translation unit [clang-tidy-config]
#include <iostream>
#include <string>
#include <privacy/annotations.h>

namespace telemetry {
struct Channel {
  int fd;
};
struct Journal {
  int fd;
};
template <typename T> struct Ring {
  T head;
};
struct Hub {
  static Channel *wire;
};
Channel *open_stream();
void send(Channel *c, const std::string &data);
void append(Journal *j, const std::string &data);
void push(Ring<int> *r, const std::string &data);
} // namespace telemetry

void report(PRIVACY_SUBSCRIBER_ID const std::string &imsi, telemetry::Channel *c,
            telemetry::Journal *j, telemetry::Ring<int> *r) {
  std::cout << imsi;
  // FOUND: :[[@LINE-1]]:13: warning: subscriber identifier 'imsi' is exported
  telemetry::send(telemetry::Hub::wire, imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  telemetry::send(c, imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  telemetry::send(telemetry::open_stream(), imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  telemetry::append(j, imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  telemetry::push(r, imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}
