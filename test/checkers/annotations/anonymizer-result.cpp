// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An anonymizer's result is by definition not personal data; a result type
// (or a field of it) annotated with a category contradicts that.

#include <privacy/annotations.h>

struct PRIVACY_LOCATION_DATA CellId {
  int lac, ci;
};
typedef PRIVACY_SUBSCRIBER_ID unsigned long long imsi_t;
struct Cdr {
  PRIVACY_TRAFFIC_DATA long seconds;
  int cause;
};

PRIVACY_ANONYMIZER CellId coarsen(const CellId &cell);
// CHECK: :[[@LINE-1]]:1: warning: anonymizer 'coarsen' returns 'CellId', which is annotated as personal data; an anonymizer's result must not be personal data [privacy-annotations]
PRIVACY_ANONYMIZER imsi_t scramble(imsi_t imsi);
// CHECK: :[[@LINE-1]]:1: warning: anonymizer 'scramble' returns 'imsi_t', which is annotated as personal data; an anonymizer's result must not be personal data [privacy-annotations]
PRIVACY_ANONYMIZER Cdr strip(const Cdr &cdr);
// CHECK: :[[@LINE-1]]:1: warning: anonymizer 'strip' returns 'Cdr', which is annotated as personal data; an anonymizer's result must not be personal data [privacy-annotations]
PRIVACY_ANONYMIZER PRIVACY_TRAFFIC_DATA long bucket(long seconds);
// CHECK: :[[@LINE-1]]:1: warning: anonymizer 'bucket' returns 'long', which is annotated as personal data; an anonymizer's result must not be personal data [privacy-annotations]

// Results without a category are what anonymizers should return; their
// parameters may well be personal data.
struct RegionCount {
  int region, subscribers;
};
PRIVACY_ANONYMIZER int region_of(const CellId &cell);
PRIVACY_ANONYMIZER RegionCount count_in_region(const CellId *cells, int n);
PRIVACY_ANONYMIZER long bucket_seconds(PRIVACY_TRAFFIC_DATA long seconds);
PRIVACY_PSEUDONYMIZER imsi_t tokenise(imsi_t imsi); // still personal: fine
