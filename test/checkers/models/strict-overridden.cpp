// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-override-base.json;%S/Inputs/strict-override-local.json', StrictModels: true}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,FOUND --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-override-base.json;%S/Inputs/strict-override-local.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FOUND --implicit-check-not='{{warning|error}}:'

// C++ (see strict-overridden.c): an entry overridden for every overload it
// matches is named (hlr_lookup); one that still applies to an overload is
// not (the base file's hlr_find applies to hlr_find(const char *)).
//
// An entry that a later entry for the same function overrides (the last
// entry wins: a later model file, or a later line of one) changes nothing
// there. With StrictModels it is named as overridden, with the entry that
// wins, never as matching nothing: strictness asks that every entry of the
// user's take effect, and an override is resolved by deleting the entry
// that loses. An entry overridden for some functions but applied to
// another is not named, nor is a shipped entry a user's entry overrides
// (puts: an export sink here).
// CHECK: warning: model {{.*}}strict-override-base.json:4: function 'hlr_lookup' is overridden by model {{.*}}strict-override-local.json:4 in this translation unit (the last matching entry wins) [clang-tidy-config]
#include <cstdio>
#include <privacy/annotations.h>

const char *hlr_lookup(unsigned id);
const char *hlr_lookup(const char *name);
const char *hlr_get_msisdn(unsigned id);
const char *hlr_find(unsigned id);
const char *hlr_find(const char *name);
unsigned hlr_put_cell(const char *imsi);
PRIVACY_LOG_SINK void log_str(const char *s);
PRIVACY_LOG_SINK void log_u(unsigned v);

void show(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  log_str(hlr_lookup(1)); // a barrier: the local file's entry
  log_str(hlr_get_msisdn(1));
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'hlr_get_msisdn()' is logged
  log_u(hlr_put_cell(imsi)); // a barrier: the base file's pattern
  log_str(hlr_lookup(imsi)); // a barrier too: the same entries
  log_str(hlr_find(1)); // a barrier: the local file's overload entry
  log_str(hlr_find("x"));
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'hlr_find()' is logged
  puts(imsi);
  // FOUND: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}
