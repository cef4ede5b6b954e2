// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>

struct Session {
  PRIVACY_LOCATION_DATA int cell_id;
  int retries;
};

// Taking the address and reading back through the pointer.
void address_of(PRIVACY_TRAFFIC_DATA long seconds) {
  const long *p = &seconds;
  printf("%ld\n", *p);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: 'seconds' is declared traffic data here
}

// Writing through a pointer taints the pointee.
void write_through(PRIVACY_TRAFFIC_DATA long seconds) {
  long total = 0;
  long *p = &total;
  *p = seconds;
  printf("%ld\n", total);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}

// A pointer to a struct: the annotated field through '->'.
void arrow(const Session *s) {
  printf("%d\n", s->cell_id);
  // CHECK: :[[@LINE-1]]:3: warning: location data 's{{->|\.}}cell_id' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :8:29: note: 'cell_id' is declared location data here
}

// A pointer to a local struct whose plain field received personal data.
struct Counter {
  long value;
};

void local_struct(PRIVACY_TRAFFIC_DATA long seconds) {
  Counter c{};
  c.value = seconds;
  Counter *pc = &c;
  printf("%ld\n", pc->value);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: 'seconds' is declared traffic data here
  // CHECK: :[[@LINE-5]]:11: note: assigned to 'c.value'
}

// Negative: the unannotated field through a pointer, and a pointer that is
// re-pointed at clean data before the read.
void clean(const Session *s, PRIVACY_TRAFFIC_DATA long seconds) {
  printf("%d\n", s->retries);
  long zero = 0;
  const long *p = &seconds;
  p = &zero;
  printf("%ld\n", *p);
}
