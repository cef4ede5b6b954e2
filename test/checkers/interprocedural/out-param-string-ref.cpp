// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A getter that fills a `std::string &` out-parameter from annotated data,
// directly or through another out-parameter call.

#include <privacy/annotations.h>
#include <string>

PRIVACY_LOCATION_DATA std::string current_cell;
std::string build_id = "1.0";
PRIVACY_LOG_SINK void log_line(const std::string &);

void get(std::string &out) { out = current_cell; }
void get_twice(std::string &out) {
  std::string tmp;
  get(tmp);
  out += tmp;
}
void get_build(std::string &out) { out = build_id; }
// Reads the cell but writes only whether it is empty.
void get_flag(std::string &out) { out = current_cell.empty() ? "none" : "some"; }

void use() {
  std::string s;
  get(s);
  log_line(s);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'current_cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :10:35: note: 'current_cell' is declared location data here
  // CHECK: :[[@LINE-4]]:3: note: stored by 'get()'
  std::string t;
  get_twice(t);
  log_line(t);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'current_cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  std::string b, f;
  get_build(b);
  log_line(b);
  get_flag(f);
  log_line(f);
}
