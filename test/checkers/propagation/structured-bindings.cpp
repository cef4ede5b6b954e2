// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <map>
#include <string>
#include <utility>

PRIVACY_LOG_SINK void log_line(const std::string &);

struct Attach {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string apn;
};

// Bindings to a struct's fields are its fields.
void struct_binding(const Attach &a) {
  const auto &[imsi, apn] = a;
  log_line(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{(a\.)?}}imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :13:37: note: 'imsi' is declared subscriber identifier here
  log_line(apn); // the unannotated field stays clean
}

// A pair built from personal data, unpacked by copy.
void pair_binding(PRIVACY_LOCATION_DATA int cell, int code) {
  std::pair<int, int> p{cell, code};
  auto [where, why] = p;
  printf("%d\n", where);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK-NOT: assigned to ''
  // CHECK: :[[@LINE-4]]:9: note: assigned to 'where'
}

// Iterating a map with bindings.
void map_binding(PRIVACY_LOCATION_DATA const std::string &cell) {
  std::map<std::string, int> visits;
  visits[cell] = 1;
  for (const auto &[key, count] : visits)
    log_line(key);
  // CHECK: :[[@LINE-1]]:5: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

// Negative: bindings of a clean struct.
void clean(int code) {
  std::pair<int, int> p{code, 0};
  auto [a, b] = p;
  printf("%d %d\n", a, b);
}
