// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict.json', StrictModels: true}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=LAX --implicit-check-not='{{warning|error}}:'

// Strict mode names the model entries that match nothing, with their place;
// the shipped models are exempt. Without it, nothing is said about them.
#include <privacy/annotations.h>

namespace vendor {
struct Ue {
  int index;
};
void send_report(const char *text);
} // namespace vendor

// The configuration warnings, without a location, come first.
// CHECK: warning: model {{.*}}strict.json:5: function 'vendor::no_such_function' matches nothing in this translation unit [clang-tidy-config]
// CHECK: warning: model {{.*}}strict.json:7: 'vendor::Ue::no_such_field' matches nothing in this translation unit [clang-tidy-config]
void report(PRIVACY_SUBSCRIBER_ID const char *imsi) { vendor::send_report(imsi); }
// CHECK: :[[@LINE-1]]:55: warning: subscriber identifier 'imsi' is exported
// LAX: :[[@LINE-2]]:55: warning: subscriber identifier 'imsi' is exported
