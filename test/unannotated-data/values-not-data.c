// The C forms of values-not-data.cpp: a number named like content is a
// size; a read-only initialised object with static storage is the
// program's constant.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

size_t padded_length(size_t payload);
struct msg {
  uint16_t payload;
  // CHECK: :[[@LINE+1]]:11: warning: field 'payload_buf' looks like communication content (payload)
  uint8_t payload_buf[256];
};

const char default_imsi[] = "001010000000001";
const uint8_t zero_payload[16] = {0};

// CHECK: :[[@LINE+1]]:6: warning: variable 'last_imsi' looks like a subscriber identifier (IMSI)
char last_imsi[16];

// A read-only parameter is the caller's data.
// CHECK: :[[@LINE+1]]:23: warning: parameter 'imsi_in' looks like a subscriber identifier (IMSI)
void show(const char *imsi_in);

// A result made from kinds alone names a kind: the text of an enumerator.
typedef enum { GRANULARITY_GNB, GRANULARITY_TAI } uli_change_granularity_e;
char *uli_change_granularity_ToString(uli_change_granularity_e g);
const char *imsi_kind_name(uli_change_granularity_e g, bool masked);
// CHECK: :[[@LINE+1]]:7: warning: function 'uli_of' looks like it returns location data (user location information)
char *uli_of(uli_change_granularity_e g, int ue_id);
