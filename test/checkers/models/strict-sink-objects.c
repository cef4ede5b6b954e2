// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-sink-objects.json', StrictModels: true}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FOUND --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-sink-objects.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FOUND --implicit-check-not='{{warning|error}}:'

// StrictModels checks `sinkObjects` rules like the other entries: a rule
// whose variable, type or call names nothing in the translation unit is
// named, and so is one that a later rule for the same name overrides
// wherever it matches. The last rule for a name wins, as for functions: a
// user's rule overrides a shipped one (stdout is an export here), and the
// shipped rules are not checked. Without StrictModels, nothing is said.
//
// The configuration warnings first (by their text: line 10 before line 5).
// CHECK: warning: model {{.*}}strict-sink-objects.json:10: sink object call 'open_chanel' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects.json:13: sink object variable 'g_dump' is overridden by model {{.*}}strict-sink-objects.json:14 in this translation unit (the last matching entry wins) [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects.json:15: sink object variable 'audit_log::out' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects.json:5: sink object variable 'g_audti_file' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-sink-objects.json:8: sink object type 'chanel_t' matches nothing in this translation unit [clang-tidy-config]
#include <stdio.h>
#include <privacy/annotations.h>

typedef struct channel_s {
  int fd;
} channel_t;
channel_t *open_channel(void);
void channel_write(channel_t *c, const char *data);

// A `variable` rule names variables: a member (line 15) is none, while a
// `type` rule may name a struct by its tag (line 16).
struct audit_log {
  FILE *out;
};

FILE *g_audit_file, *g_trace, *g_debug, *g_dump;

void report(PRIVACY_SUBSCRIBER_ID const char *imsi, channel_t *c) {
  fprintf(g_audit_file, "%s", imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  fprintf(stdout, "%s", imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  channel_write(c, imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  channel_write(open_channel(), imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  // Line 12 overrides line 11 for g_trace, which still applies to g_debug.
  fprintf(g_trace, "%s", imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  fprintf(g_debug, "%s", imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  fprintf(g_dump, "%s", imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}
