// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A pool of numbers (open5gs' pool of M-TMSIs: `ogs_pool_free(&m_tmsi_pool,
// m_tmsi)` puts the pointer back on the static free list) links to each
// number where it is, as a pool of contexts links to each context. Putting
// a pointer to a number into static storage stores nothing; copying the
// number there does, and a character pointer is the string itself
// (retention-number-pool.cpp).

#include <privacy/annotations.h>
#include <stdint.h>
#include <string.h>

typedef uint32_t m_tmsi_t;
static struct {
  int head, tail, size;
  m_tmsi_t *free[64];
  m_tmsi_t array[64];
} g_tmsi_pool;

struct ue {
  PRIVACY_SUBSCRIBER_ID m_tmsi_t guti_m_tmsi;
  m_tmsi_t *m_tmsi;
};

// The pointer goes back on the free list: bookkeeping, no store.
int tmsi_free(m_tmsi_t *m_tmsi) {
  *m_tmsi &= 0x3fffffff;
  g_tmsi_pool.free[g_tmsi_pool.tail] = (void *)m_tmsi;
  g_tmsi_pool.tail = (g_tmsi_pool.tail + 1) % g_tmsi_pool.size;
  return 0;
}

void ue_remove(PRIVACY_SUBSCRIBER_ID m_tmsi_t *m_tmsi) {
  tmsi_free(m_tmsi);
  g_tmsi_pool.free[0] = m_tmsi;
}

static m_tmsi_t g_last_tmsi;
static m_tmsi_t g_recent[8];
static const char *g_last_name;
// Copies of the number, and a string, are stored: reported at the store,
// through the call that passes the data.
void tmsi_keep(m_tmsi_t *m_tmsi) { g_last_tmsi = *m_tmsi; }
// CHECK: :[[@LINE-1]]:48: warning: subscriber identifier 'm_tmsi' is retained
void name_keep(const char *name) { g_last_name = name; }
// CHECK: :[[@LINE-1]]:48: warning: subscriber identifier 'imsi' is retained

void ue_kept(PRIVACY_SUBSCRIBER_ID m_tmsi_t *m_tmsi,
             PRIVACY_SUBSCRIBER_ID const char *imsi) {
  tmsi_keep(m_tmsi);
  g_recent[1] = *m_tmsi;
  // CHECK: :[[@LINE-1]]:15: warning: subscriber identifier 'm_tmsi' is retained
  name_keep(imsi);
}
