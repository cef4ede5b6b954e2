// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

struct Position {
  PRIVACY_LOCATION_DATA double lat;
  PRIVACY_LOCATION_DATA double lon;
  int accuracy_m;
};

struct Attach {
  std::string apn;
  Position where;
};

struct Event {
  Attach attach;
  int sequence;
};

PRIVACY_LOG_SINK void log_event(const Event &);
PRIVACY_LOG_SINK void log_attach(const Attach &);

void nested_field(const Event &e) {
  printf("%f\n", e.attach.where.lat);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'e.attach.where.lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :9:32: note: 'lat' is declared location data here
}

// A struct two levels above the annotated field reaches the sink whole: one
// finding per leak, the second field of the same category as a note.
void whole_outer(const Event &e) {
  log_event(e);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'e.attach.where.lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :9:32: note: 'lat' is declared location data here
  // CHECK: :10:32: note: 'e.attach.where.lon', also location data, reaches the same sink
}

// A sub-object copied out keeps its nested categories.
void sub_object(const Event &e) {
  Attach a = e.attach;
  log_attach(a);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'a.where.lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: note: 'a.where.lon', also location data, reaches the same sink
}

// Negative: unannotated fields at every level.
void clean(const Event &e) {
  printf("%d\n", e.sequence);
  printf("%s\n", e.attach.apn.c_str());
  printf("%d\n", e.attach.where.accuracy_m);
}
