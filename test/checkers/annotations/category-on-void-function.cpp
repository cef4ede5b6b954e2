// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A category on a function describes the value it returns; a void function
// returns none, so the annotation was probably meant for a parameter.

#include <privacy/annotations.h>

PRIVACY_TRAFFIC_DATA void record_call(long seconds);
// CHECK: :[[@LINE-1]]:1: warning: 'record_call' returns void: a data category on a function describes its return value [privacy-annotations]
struct Handset {
  PRIVACY_LOCATION_DATA void update_position(int cell);
  // CHECK: :[[@LINE-1]]:3: warning: 'update_position' returns void: a data category on a function describes its return value [privacy-annotations]
  PRIVACY_LOCATION_DATA int serving_cell() const;
};

void record_duration(PRIVACY_TRAFFIC_DATA long seconds);
PRIVACY_SUBSCRIBER_ID const char *current_imsi(void);
