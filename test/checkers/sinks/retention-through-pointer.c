// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A pointer kept in static storage (a pool's free list, a table slot, a
// current-context pointer) links to an object; the object's data is where
// it is written. So writing into a context taken from a pool (open5gs'
// `ogs_pool_alloc(&udm_ue_pool, &udm_ue); udm_ue->suci = ogs_dup_str(suci)`)
// keeps nothing in static storage. Writing into the static variable itself,
// also into a struct or array it holds by value, still does.

#include <privacy/annotations.h>
char *dup_str(const char *s); /* a copy: carries the string */
#include <string.h>

struct ue { char *suci; char imsi[16]; int id; };
static struct { int head; struct ue **free; struct ue array[4]; } g_pool;
static struct ue *g_free_list;
static struct ue *g_slots[8];
static struct ue *g_current;

struct ue *ue_alloc(PRIVACY_SUBSCRIBER_ID const char *suci) {
  struct ue *u = g_pool.free[g_pool.head];
  u->suci = dup_str(suci);
  strcpy(u->imsi, suci);
  return u;
}

void ue_others(PRIVACY_SUBSCRIBER_ID const char *suci, int i) {
  struct ue *u = g_free_list;
  u->suci = dup_str(suci);
  struct ue *v = g_slots[i];
  strcpy(v->imsi, suci);
  g_current->suci = dup_str(suci);
}

static struct ue g_last;
static char *g_last_suci;
void ue_kept(PRIVACY_SUBSCRIBER_ID const char *suci) {
  strcpy(g_pool.array[1].imsi, suci);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'suci' is retained
  g_last.suci = dup_str(suci);
  // CHECK: :[[@LINE-1]]:15: warning: subscriber identifier 'suci' is retained
  g_last_suci = dup_str(suci);
  // CHECK: :[[@LINE-1]]:15: warning: subscriber identifier 'suci' is retained
  strcpy(g_last_suci, suci);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'suci' is retained
}
