// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/vendor-functions.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model says what a vendor function returns, and what the parameters of
// a function receive (an overload chosen by its parameter types).

#include "vendor_hlr.h"
#include <cstdio>

void attach(const char *msisdn) {
  unsigned long long imsi = vendor::lookup_imsi(msisdn);
  printf("imsi %llu\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'lookup_imsi()' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:29: note: 'lookup_imsi()' returns subscriber identifier
  printf("%d sessions\n", vendor::session_count());
}

void report_position(double lat, double lon) {
  printf("%f,%f\n", lat, lon);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: note: 'lon', also location data, reaches the same sink
}

// Another overload: the model's paramTypes do not match it.
void report_position(int zone) { printf("zone %d\n", zone); }
