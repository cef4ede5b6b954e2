// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -x c++ -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An untyped table without a body returns `void *`. Cast to a pointer to a
// project class where it is called, the result is the object the table
// found, not a byte buffer made of the key. Used as bytes, it may still be
// the key.

#include <privacy/annotations.h>
#include <cstdio>

struct hash;
void *hash_get(hash *h, const void *key, int klen);
struct ue { char name[16]; int id; PRIVACY_SUBSCRIBER_ID char imsi[16]; };
static hash *g_by_imsi;
static ue *g_free_list[8];

ue *find(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  return static_cast<ue *>(hash_get(g_by_imsi, imsi, 15));
}

void lookups(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  ue *u = find(imsi);
  g_free_list[0] = u;
  ue *v = (ue *)hash_get(g_by_imsi, imsi, 15);
  std::printf("%d %s\n", v->id, v->name);
  auto *w = reinterpret_cast<ue *>(hash_get(g_by_imsi, imsi, 15));
  std::printf("%s\n", w->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'w->imsi' is logged
}

void bytes(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  auto *raw = static_cast<const char *>(hash_get(g_by_imsi, imsi, 15));
  std::printf("%s\n", raw);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}
