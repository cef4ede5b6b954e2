// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <array>
#include <cstdio>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &);

struct Hop {
  PRIVACY_LOCATION_DATA int cell;
  int latency_ms;
};

// An element of an array of structs keeps the field's category.
void array_of_structs(const Hop (&route)[8], int i) {
  printf("%d\n", route[i].cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'route{{(\[i?\])?}}.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :12:29: note: 'cell' is declared location data here
}

// Writing one element makes the array personal (elements are not told apart).
void element_write(PRIVACY_TRAFFIC_DATA long seconds) {
  long samples[4] = {0, 0, 0, 0};
  samples[2] = seconds;
  printf("%ld\n", samples[2]);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:14: note: assigned to 'samples'
}

void std_array(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::array<std::string, 2> pair{imsi, "x"};
  log_line(pair[0]);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

// Negative: unannotated fields of array elements, and an array of clean values.
void clean(const Hop (&route)[8], int i) {
  printf("%d\n", route[i].latency_ms);
  int codes[3] = {1, 2, 3};
  codes[1] = i;
  printf("%d\n", codes[1]);
  std::array<std::string, 2> names{"a", "b"};
  log_line(names[1]);
}
