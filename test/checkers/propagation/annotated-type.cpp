// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

// The type as a whole is location data: every member and every object of
// the type carries the category.
struct PRIVACY_LOCATION_DATA CellId {
  int mcc;
  int mnc;
  unsigned lac;
  unsigned ci;
};

struct Handover {
  CellId from; // location data through its type
  int cause;
};

PRIVACY_LOG_SINK void log_cell(const CellId &);

void member(const CellId &cell) {
  printf("%u\n", cell.ci);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:27: note: 'cell' has type 'CellId', which is location data
}

void whole(const Handover &h) {
  log_cell(h.from);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'h.from' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :18:10: note: 'from' has type 'CellId', which is location data
}

void local_copy(const Handover &h) {
  unsigned lac = h.from.lac;
  printf("%u\n", lac);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'h.from' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:12: note: assigned to 'lac'
}

// Negative: a field beside the annotated-type member, and an unrelated struct
// with the same member names.
struct Counters {
  int mcc;
  unsigned ci;
};

void clean(const Handover &h, const Counters &c) {
  printf("%d\n", h.cause);
  printf("%d %u\n", c.mcc, c.ci);
}
