// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An untyped table without a body (open5gs' `ogs_hash_get`) returns
// `void *`. Converted to a pointer to a project struct where it is called
// (`ue = hash_get(h, supi, n)`, a cast, a `return`), the result is the
// object the table found, not a byte buffer made of the key: what it holds
// is what its declaration says. Used as bytes, it may still be the key.

#include <privacy/annotations.h>
#include <stdio.h>

struct hash;
void *hash_get(struct hash *h, const void *key, int klen);
struct ue { char name[16]; int id; PRIVACY_SUBSCRIBER_ID char imsi[16]; };
static struct hash *g_by_imsi;
static struct ue *g_free_list[8];

struct ue *find(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  return hash_get(g_by_imsi, imsi, 15);
}

void lookups(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct ue *u = find(imsi);
  g_free_list[0] = u;
  struct ue *v = (struct ue *)hash_get(g_by_imsi, imsi, 15);
  printf("%d %s\n", v->id, v->name);
  struct ue *w;
  w = (hash_get(g_by_imsi, imsi, 15));
  printf("%d\n", w->id);
  printf("%s\n", w->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'w->imsi' is logged
}

void bytes(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  const char *raw = hash_get(g_by_imsi, imsi, 15);
  printf("%s\n", raw);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  void *any = hash_get(g_by_imsi, imsi, 15);
  printf("%s\n", (const char *)any);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}
