// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/no-such-model.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model file that cannot be read is a configuration error naming it; the
// shipped models still apply.

// CHECK: error: {{.*}}Inputs{{[/\\]}}no-such-model.json: cannot read model file: No such file or directory [clang-tidy-config]

#include <privacy/annotations.h>
#include <cstdio>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();

void attach() {
  printf("%s\n", current_imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
}
