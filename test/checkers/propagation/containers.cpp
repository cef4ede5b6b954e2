// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <map>
#include <set>
#include <string>
#include <vector>

PRIVACY_LOG_SINK void log_line(const std::string &);
PRIVACY_LOG_SINK void log_all(const std::vector<std::string> &);

void vector_push(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::vector<std::string> v;
  v.push_back(imsi);
  log_line(v[0]);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:5: note: flows into 'v' through 'push_back()'
  log_all(v);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

void vector_emplace(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::vector<std::string> v;
  v.emplace_back(imsi);
  log_line(v.front());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:5: note: flows into 'v' through 'emplace_back()'
}

void map_insert(PRIVACY_LOCATION_DATA const std::string &cell) {
  std::map<int, std::string> m;
  m.insert({1, cell});
  log_line(m.at(1));
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  std::map<int, std::string> n;
  n[7] = cell;
  log_line(n[7]);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
}

void set_insert(PRIVACY_LOCATION_DATA const std::string &cell) {
  std::set<std::string> seen;
  seen.insert(cell);
  for (const std::string &s : seen)
    log_line(s);
  // CHECK: :[[@LINE-1]]:5: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :[[@LINE-4]]:8: note: flows into 'seen' through 'insert()'
  // The range-for's hidden variables ('__begin1', '__range1') are no step.
  // CHECK-NOT: {{'__(begin|range)[0-9]*'}}
  // CHECK: :[[@LINE-6]]:27: note: assigned to 's'
}

// Negative: sizes of a personal container, a container of clean strings, and
// the element count of a map are not personal.
void clean(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::vector<std::string> v;
  v.push_back(imsi);
  log_line(std::to_string(v.size()));
  log_line(v.empty() ? "none" : "some");
  std::vector<std::string> names{"a", "b"};
  names.push_back("c");
  log_all(names);
  log_line(names[0]);
  std::map<int, std::string> m;
  m[1] = "ok";
  log_line(m[1]);
  log_line(std::to_string(m.count(1)));
}
