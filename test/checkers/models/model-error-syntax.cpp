// RUN: not %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/bad-syntax.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model file that is not valid JSON is a configuration error naming
// file:line:col, said once although three checks run; the shipped models
// still apply, nothing of the broken file does, and nothing crashes.

// CHECK: error: {{.*}}Inputs{{[/\\]}}bad-syntax.json:5:3: invalid JSON: unexpected ']'; expected '[', '{', or a literal [clang-tidy-config]

#include <privacy/annotations.h>
#include <cstdio>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();
void audit_line(const char *line);

void attach() {
  printf("%s\n", current_imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
  audit_line(current_imsi());
}
