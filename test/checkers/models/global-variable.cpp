// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/vendor-globals.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model names a global variable of a vendor header as a subscriber id.
// Model variables are globals: a local of the same name is not meant.

#include "vendor_hlr.h"
#include <cstdio>

void dump() {
  printf("msisdn %s\n", g_current_msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g_current_msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  const char *copy = g_current_msisdn;
  puts(copy);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g_current_msisdn' is logged
}

void unrelated() {
  const char *g_current_msisdn = "local, not the vendor global";
  puts(g_current_msisdn);
  printf("%d sessions\n", vendor::session_count());
}
