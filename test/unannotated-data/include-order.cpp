// The macro must be defined where the fix-it lands, not merely somewhere in
// the translation unit.
// RUN: cp %s %t.cpp
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --fix %t.cpp -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp

#include <stdint.h>

// CHECK: :[[@LINE+2]]:10: warning: variable 'early_msisdn'
// FIXED: {{^}}uint64_t early_msisdn;{{$}}
uint64_t early_msisdn;

#include "privacy/annotations.h"

// CHECK: :[[@LINE+2]]:10: warning: variable 'late_msisdn'
// FIXED: {{^}}PRIVACY_SUBSCRIBER_ID uint64_t late_msisdn;{{$}}
uint64_t late_msisdn;

#undef PRIVACY_LOCATION_DATA
// CHECK: :[[@LINE+2]]:10: warning: variable 'last_cell_id'
// FIXED: {{^}}uint32_t last_cell_id;{{$}}
uint32_t last_cell_id;
