// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A record classified field by field is not suggested as a whole: a CDR holds
// subscriber ids, traffic and location data side by side.
#include <privacy/annotations.h>
#include <string>

struct CallDetailRecord {
  PRIVACY_SUBSCRIBER_ID std::string caller;
  PRIVACY_TRAFFIC_DATA long duration_s;
  int sequence;
};

// Without any annotated field the name still suggests traffic data.
struct CdrBatch {
  int count;
};
// CHECK: :[[@LINE-3]]:8: warning: struct 'CdrBatch' looks like

// Its values are described by its fields: a parameter or variable of the
// record type needs no annotation of its own.
void bill(const CallDetailRecord &cdr);
CallDetailRecord last_cdr;
// A record without annotated fields does not cover a name that says more.
struct Envelope {
  int size;
};
void rate(const Envelope &cdr);
// CHECK: :[[@LINE-1]]:27: warning: parameter 'cdr' looks like
