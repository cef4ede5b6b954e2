// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t', ReportPrunedCode: true}}" -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage

// C++: code only a branch never taken leads to is a coverage fact (and with
// ReportPrunedCode a remark) when it stores personal data into static
// storage, a retention sink it does not check, even without a call; an
// assignment operator into a static object is such a store, not a call. A
// store of data nothing declares personal, or into a local, is none.
#include <privacy/annotations.h>
#include <string>

void note();
struct Ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
  int cell = 0;
};
struct Cache {
  static const char *last;
  static int hits;
};
static std::string g_msisdn;
static Ue g_ue;

void store_field(const Ue &u) {
  bool keep = false;
  if (keep)
    Cache::last = u.imsi;
  // CHECK: :[[@LINE-2]]:7: remark: privacy analysis of 'store_field' treats a branch as never taken ('keep' is always false here); 1 store of personal data into static storage only reachable through it (first: into 'last') not checked [privacy-retention]
}

void assign_object(const Ue &u) {
  constexpr bool kKeep = false;
  if (kKeep)
    g_ue = u;
  // CHECK: :[[@LINE-2]]:7: remark: privacy analysis of 'assign_object' treats a branch as never taken (its condition is a constant expression); 1 store of personal data into static storage only reachable through it (first: into 'g_ue') not checked [privacy-retention]
}

void call_and_store(const Ue &u) {
  bool keep = false;
  if (keep) {
    note();
    g_msisdn = u.msisdn;
  }
  // CHECK: :[[@LINE-4]]:7: remark: privacy analysis of 'call_and_store' treats a branch as never taken ('keep' is always false here); 1 call (first: 'note') and 1 store of personal data into static storage (first: into 'g_msisdn') only reachable through it not checked [privacy-retention]
}

// No fact: nothing personal is stored, or not into static storage.
void store_counter(const Ue &u, int n) {
  bool keep = false;
  if (keep) {
    Cache::hits = n;
    g_ue.cell = u.cell;
  }
}

void store_local(const Ue &u) {
  bool keep = false;
  const char *copy = nullptr;
  if (keep)
    copy = u.imsi;
  (void)copy;
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "privacy analysis of 'store_field' treats a branch as never taken ('keep' is always false here); 1 store of personal data into static storage only reachable through it (first: into 'last') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/privacy-tidy~1coverage = "pruned-branch"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/message/text = "privacy analysis of 'assign_object' {{.*}} into 'g_ue') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/properties/privacy-tidy~1coverage = "pruned-branch"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/message/text = "privacy analysis of 'call_and_store' {{.*}} into 'g_msisdn') only reachable through it not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/properties/privacy-tidy~1coverage = "pruned-branch"
