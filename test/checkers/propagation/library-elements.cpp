// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An element of a standard container or iterator of project records is
// part of the container: a range-for, `*it`, `it->field` and a map's
// entries keep what the container holds, as `front()` and `[]` do. The
// library's iterator functions have no model; the unknown-code default
// lets library code return an element of an argument that holds that
// record type. A project function without a body still returns only what
// its record arguments hold, not its key. Known limit: the record of a map
// entry read as `entry.second` loses what it holds (design.md).
#include <privacy/annotations.h>
#include <map>
#include <string>
#include <vector>

struct Ue {
  std::string imsi;
  int index = 0;
};
PRIVACY_LOG_SINK void log_text(const std::string &s);
PRIVACY_LOG_SINK void log_ue(const Ue &u);
PRIVACY_LOG_SINK void log_entry(const std::pair<const int, Ue> &e);

void fill(std::vector<Ue> &ues, PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  ues.push_back(Ue{imsi, 1});
}

void walk(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::vector<Ue> ues;
  ues.push_back(Ue{imsi, 1});
  for (const Ue &u : ues)
    log_text(u.imsi);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged
  auto it = ues.begin();
  log_text(it->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  log_ue(*it);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}

void walk_map(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::map<int, Ue> by_index;
  by_index.emplace(1, Ue{imsi, 1});
  for (const auto &entry : by_index)
    log_entry(entry);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged
}

// No personal data in the container: nothing.
void walk_clean(const std::vector<Ue> &ues) {
  for (const Ue &u : ues)
    log_text(u.imsi);
}

// A lookup in project code without a body returns what it found, not the
// key it was given.
Ue &find_ue(std::vector<Ue> &ues, const std::string &key);
void lookup(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  std::vector<Ue> ues;
  Ue &u = find_ue(ues, imsi);
  log_ue(u);
}
