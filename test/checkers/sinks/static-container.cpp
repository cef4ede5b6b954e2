// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Inserting into a container of static storage duration (a global, a static
// local, a static data member) keeps the data beyond the request: retention.
// A local container is not a store.

#include <privacy/annotations.h>
#include <map>
#include <set>
#include <string>
#include <vector>

struct Attach {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA int cell;
  int attempts;
};

std::vector<std::string> g_seen;

void remember(const Attach &a) {
  g_seen.push_back(a.imsi);
  // CHECK: :[[@LINE-1]]:10: warning: subscriber identifier 'a.imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  // CHECK: :15:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:10: note: flows into 'g_seen' through 'push_back()'
  static std::map<std::string, int> cells;
  cells[a.imsi] = a.attempts; // the key is stored too
  // CHECK: :[[@LINE-1]]:{{[0-9]+}}: warning: subscriber identifier 'a.imsi' is retained
  cells.emplace("last", a.cell);
  // CHECK: :[[@LINE-1]]:9: warning: location data 'a.cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
}

struct Registry {
  static std::set<std::string> known;
  static void add(const Attach &a) {
    known.insert(a.imsi);
    // CHECK: :[[@LINE-1]]:11: warning: subscriber identifier 'a.imsi' is retained
  }
};

size_t count_distinct(const std::vector<Attach> &batch) {
  std::set<std::string> distinct;
  for (const Attach &a : batch)
    distinct.insert(a.imsi);
  std::vector<int> attempts;
  for (const Attach &a : batch)
    attempts.push_back(a.attempts);
  g_seen.reserve(batch.size());
  return distinct.size() + attempts.size();
}
