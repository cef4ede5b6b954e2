// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++20 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C++23 std::print and std::println write to the console; std::format only
// builds a string. (<print> is mocked: the test machine's libstdc++ lacks it.)

#include <privacy/annotations.h>
#include <std_format_mock.h>
#include <string>

struct Fix {
  PRIVACY_LOCATION_DATA double lat;
  PRIVACY_LOCATION_DATA double lon;
  int satellites;
};

void print(const Fix &f) {
  std::print("fix {} {}\n", f.lat, f.lon);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'f.lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :12:32: note: 'lat' is declared location data here
  // CHECK: :13:32: note: 'f.lon', also location data, reaches the same sink
  std::println(stderr, "lat {}", f.lat);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'f.lat' is logged
  std::string line = std::format("{},{}", f.lat, f.lon);
  std::println("{}", line);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'f.lat' is logged
  // CHECK: note: 'f.lon', also location data, reaches the same sink
}

void not_logged(const Fix &f) {
  std::print("{} satellites\n", f.satellites);
  std::string kept = std::format("{}", f.lat);
  (void)kept;
}
