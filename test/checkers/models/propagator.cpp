// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/codec-propagate.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model says how data moves through a function: into an output argument,
// or from one argument only to the result.

#include <privacy/annotations.h>
#include "codec.h"
#include <cstdio>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();

void into_buffer() {
  char line[64] = "imsi=";
  codec::append(line, current_imsi());
  puts(line);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'line' through 'append()'
}

void to_result() {
  puts(codec::quote("sql", current_imsi()));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
}

void not_propagated() {
  // Only argument 1 reaches the result.
  puts(codec::quote(current_imsi(), "literal"));
  // append writes into its first argument, not into the second.
  char line[64];
  snprintf(line, sizeof line, "imsi=%s", current_imsi());
  char suffix[8] = ";ok";
  codec::append(line, suffix);
  puts(suffix);
}
