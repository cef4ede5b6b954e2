// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -x c++ -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The distance between two pointers (open5gs' `ogs_pool_index(pool, node)`,
// `node - pool->array + 1`) is an index, not the data of the objects they
// point to. A pointer plus a number still points into the same data.

#include <privacy/annotations.h>
#include <cstdio>

struct PRIVACY_LOCATION_DATA tai { unsigned tac; };
struct ue { PRIVACY_SUBSCRIBER_ID char imsi[16]; struct tai tai; int index; };
static struct ue g_pool[8];
static int g_last_index;
static const char *g_last_digit;

void pool_index(struct ue *u) {
  int i = (int)(u - g_pool) + 1;
  printf("index %d\n", i);
  g_last_index = i;
  u->index = (int)(u - &g_pool[0]);
  printf("%d\n", u->index);
}

void still_personal(struct ue *u) {
  printf("tac %u\n", u->tai.tac);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'u->tai' is logged
  g_last_digit = u->imsi + 3;
  // CHECK: :[[@LINE-1]]:16: warning: subscriber identifier 'u->imsi' is retained
  printf("%s\n", u->imsi + (u->imsi - u->imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
}
