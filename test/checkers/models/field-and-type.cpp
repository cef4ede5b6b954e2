// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/vendor-fields.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model names a field and a type of a header the project cannot annotate
// as personal data.

#include "vendor_hlr.h"
#include <cstdio>

void dump(const vendor::Session &s) {
  printf("imsi %llu\n", s.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: vendor_hlr.h:11:22: note: 'imsi' is {{.*}}subscriber identifier
  printf("lac %d\n", s.cell.lac);
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell{{.*}}' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: vendor_hlr.h:12:10: note: 'cell' has type 'CellId', which is location data
  printf("state %d\n", s.state);
}

void dump_cell(const vendor::CellId &c) {
  printf("%d-%d\n", c.mcc, c.mnc);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'c{{.*}}' is logged
}
