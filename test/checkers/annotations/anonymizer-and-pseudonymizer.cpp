// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function cannot be both: pseudonymised data is still personal data.

#include <privacy/annotations.h>

PRIVACY_ANONYMIZER PRIVACY_PSEUDONYMIZER long hash_imsi(long imsi);
// CHECK: :[[@LINE-1]]:1: warning: 'hash_imsi' is annotated both PRIVACY_ANONYMIZER and PRIVACY_PSEUDONYMIZER; pseudonymised data is still personal data, choose one [privacy-annotations]
long hash_msisdn(long msisdn) PRIVACY_PSEUDONYMIZER PRIVACY_ANONYMIZER;
// CHECK: :[[@LINE-1]]:31: warning: 'hash_msisdn' is annotated both PRIVACY_ANONYMIZER and PRIVACY_PSEUDONYMIZER; pseudonymised data is still personal data, choose one [privacy-annotations]

PRIVACY_ANONYMIZER int region_of(long cell);
PRIVACY_PSEUDONYMIZER long token_of(long imsi);
