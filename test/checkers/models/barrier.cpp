// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/codec-barrier.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model marks a function as a barrier: its result is never personal data.
// A function without a model passes its arguments on to a result that can
// be made of them (a string), not to an integer.

#include <privacy/annotations.h>
#include "codec.h"
#include <cstdio>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();

void lengths() {
  printf("%d digits\n", codec::digits(current_imsi()));
  printf("%s\n", codec::country(current_imsi()));
  int n = codec::digits(current_imsi());
  printf("%d\n", n + 1);
}

void not_a_barrier() {
  printf("%d\n", codec::checksum(current_imsi())); // an integer
  printf("%s\n", codec::quote("'", current_imsi()));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}
