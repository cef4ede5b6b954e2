// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Retention is storage: inserting personal data into a container of static
// storage duration is retention; erasing it is not, and neither is keeping
// pointers to objects that hold personal data (a registry of contexts).

#include <privacy/annotations.h>
#include <map>
#include <set>
#include <string>
#include <vector>

struct UeContext {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  int rnti;
};

static std::map<std::string, UeContext *> g_by_imsi;
static std::vector<std::string> g_seen;
static std::vector<UeContext *> g_active;
static std::vector<UeContext> g_history;
static std::set<std::string> g_blocked;

void attach(UeContext *ue) {
  g_by_imsi[ue->imsi] = ue; // the key is stored
  // CHECK: :[[@LINE-1]]:{{[0-9]+}}: warning: subscriber identifier 'ue->imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  g_seen.push_back(ue->imsi);
  // CHECK: :[[@LINE-1]]:10: warning: subscriber identifier 'ue->imsi' is retained
  g_active.push_back(ue); // a pointer to the context: a link
}

void archive(const UeContext &ue) {
  g_history.push_back(ue); // a copy of the context: a store
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'ue.imsi' is retained
}

void detach(UeContext *ue) {
  g_by_imsi.erase(ue->imsi);
  g_blocked.erase(ue->imsi);
  for (auto It = g_active.begin(); It != g_active.end(); ++It)
    if (*It == ue) {
      g_active.erase(It);
      break;
    }
  g_seen.pop_back();
  g_history.clear();
}
