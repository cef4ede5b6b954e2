// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "open('%t/deep.json', 'w').write('[' * 100000)"
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%t/deep.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEEP --implicit-check-not='{{warning|error}}:'
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/number-range.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RANGE --implicit-check-not='{{warning|error}}:'

// A model file nested absurdly deep is an error with its place, not a stack
// overflow; a number out of range is an error with its place, not a bare
// "invalid JSON".

// DEEP: error: {{.*}}deep.json:1:65: nested deeper than 64 levels (a model file needs a few) [clang-tidy-config]
// RANGE: error: {{.*}}number-range.json:3:69: invalid JSON: number out of range: '1e400' [clang-tidy-config]

#include <privacy/annotations.h>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();
void log_line(const char *) PRIVACY_LOG_SINK;

void attach() {
  log_line(current_imsi());
  // DEEP: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
  // RANGE: :[[@LINE-2]]:3: warning: subscriber identifier 'current_imsi()' is logged
}
