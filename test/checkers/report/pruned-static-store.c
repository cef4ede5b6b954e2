// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t', ReportPrunedCode: true}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage

// C: code only a branch never taken leads to is a coverage fact (and with
// ReportPrunedCode a remark) when it stores personal data into static
// storage, a retention sink it does not check, even without a call. A
// store of data nothing declares personal, or into a parameter's object,
// is none.
#include <privacy/annotations.h>

void note(void);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int cell;
};
static const char *g_last;
static struct ue g_ue;
static struct ue *g_cur;
static int g_count;

void store_field(struct ue *u) {
  int keep = 0;
  if (keep)
    g_last = u->imsi;
  // CHECK: :[[@LINE-2]]:7: remark: privacy analysis of 'store_field' treats a branch as never taken ('keep' is always false here); 1 store of personal data into static storage only reachable through it (first: into 'g_last') not checked [privacy-retention]
}

void store_struct(struct ue *u) {
  if (0)
    g_ue = *u;
  // CHECK: :[[@LINE-2]]:7: remark: privacy analysis of 'store_struct' treats a branch as never taken (its condition is a constant expression); 1 store of personal data into static storage only reachable through it (first: into 'g_ue') not checked [privacy-retention]
}

void store_local(struct ue *u) {
  const char *id = u->imsi;
  int keep = 0;
  if (keep) {
    g_cur->cell = 1;
    g_last = id;
  }
  // CHECK: :[[@LINE-4]]:7: remark: privacy analysis of 'store_local' treats a branch as never taken ('keep' is always false here); 1 store of personal data into static storage only reachable through it (first: into 'g_last') not checked [privacy-retention]
}

void call_and_store(struct ue *u) {
  int keep = 0;
  if (keep) {
    note();
    g_cur->imsi[0] = u->imsi[0];
  }
  // CHECK: :[[@LINE-4]]:7: remark: privacy analysis of 'call_and_store' treats a branch as never taken ('keep' is always false here); 1 call (first: 'note') and 1 store of personal data into static storage (first: into 'g_cur') only reachable through it not checked [privacy-retention]
}

// No fact: nothing personal is stored, or not into static storage.
void store_counter(int n, struct ue *u) {
  int keep = 0;
  if (keep) {
    g_count = n;
    g_ue.cell = u->cell;
  }
}

void store_parameter(struct ue *u, struct ue *v) {
  int keep = 0;
  if (keep)
    v->imsi[0] = u->imsi[0];
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "privacy analysis of 'store_field' treats a branch as never taken ('keep' is always false here); 1 store of personal data into static storage only reachable through it (first: into 'g_last') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/privacy-tidy~1coverage = "pruned-branch"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/message/text = "privacy analysis of 'store_struct' {{.*}} into 'g_ue') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/properties/privacy-tidy~1coverage = "pruned-branch"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/message/text = "privacy analysis of 'store_local' {{.*}} into 'g_last') not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/properties/privacy-tidy~1coverage = "pruned-branch"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/3/message/text = "privacy analysis of 'call_and_store' {{.*}} into 'g_cur') only reachable through it not checked."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/3/properties/privacy-tidy~1coverage = "pruned-branch"
