// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "print('{\"functions\": [{\"name\": \"f\",\n \"comment\": ' + '[' * 100000 + ']' * 100000 + '}]}')" > %t/deep.json
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%t/deep.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Found by fuzzing (docs/fuzzing.md): valid JSON nested 100000 levels deep
// overflowed the stack of clang-tidy (the model reader's position index
// recursed once per level). It is a configuration error at the first
// bracket too deep; the shipped models still apply.

// CHECK: error: {{.*}}deep.json:2:74: nested deeper than 64 levels (a model file needs a few) [clang-tidy-config]

#include <privacy/annotations.h>
#include <cstdio>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();

void attach() {
  printf("%s\n", current_imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
}
