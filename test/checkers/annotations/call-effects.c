// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' %s \
// RUN:   -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The model keys `deletes`, `links` and a propagation's `at` as annotations
// on the functions' declarations (test/checkers/sinks/retention-is-storage.c,
// interprocedural/linked-child.c and unknown-code.c say the same with
// models). Each annotated function has an unannotated twin that shows what
// the annotation changes.
#include <privacy/annotations.h>
#include <stddef.h>
#include <string.h>

PRIVACY_LOG_SINK void LOGP(int ss, const char *fmt, ...);

// --- PRIVACY_DELETES, PRIVACY_DELETES_WHEN_NULL -----------------------------
struct table;
static struct table *g_by_imsi;
static void *g_last;
// Removing returns nothing personal, so keeping its result is no retention;
// a lookup's result carries the key (the default for unknown code).
void *table_remove(PRIVACY_DELETES struct table *t, const char *key);
void *table_lookup(struct table *t, const char *key);
// A database row keyed by IMSI; a NULL record erases it.
struct rec;
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30) void
db_set(PRIVACY_DELETES_WHEN_NULL(2) struct table *t, const char *imsi,
       const struct rec *r);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30) void
db_put(struct table *t, const char *imsi, const struct rec *r);

void forget(PRIVACY_SUBSCRIBER_ID const char *imsi, const struct rec *r) {
  g_last = table_remove(g_by_imsi, imsi);
  g_last = table_lookup(g_by_imsi, imsi);
  // CHECK: :[[@LINE-1]]:10: warning: subscriber identifier 'imsi' is retained
  db_set(g_by_imsi, imsi, NULL);
  db_set(g_by_imsi, imsi, r);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is retained
  db_put(g_by_imsi, imsi, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is retained
}

// --- PRIVACY_LINKS_INTO ------------------------------------------------------
struct ie {
  char value[32];
  int tag;
};
struct msg;
struct msg *msg_alloc(void);
struct ie *ie_alloc(void);
void msg_add_ie(struct msg *m, PRIVACY_LINKS_INTO(0) struct ie *ie);
void msg_add_ie_unknown(struct msg *m, struct ie *ie);
PRIVACY_EXPORT_SINK void msg_send(const struct msg *m);
PRIVACY_LINKS_INTO(0) unsigned char *msgb_put(struct msg *m, unsigned len);

void send_identity(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  msg_add_ie(m, ie);
  strcpy(ie->value, imsi); // filled after it was attached
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation
  struct msg *n = msg_alloc();
  struct ie *other = ie_alloc();
  msg_add_ie_unknown(n, other);
  strcpy(other->value, imsi); // the link is unknown
  msg_send(n);
}

void put_identity(PRIVACY_SUBSCRIBER_ID const char *imsi,
                  unsigned char *scratch) {
  struct msg *m = msg_alloc();
  unsigned char *p = msgb_put(m, 16);
  memcpy(p, imsi, 16);
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  struct msg *n = msg_alloc();
  p = msgb_put(n, 16);
  p = scratch; // no longer in n
  memcpy(p, imsi, 16);
  msg_send(n);
}

// --- PRIVACY_RETURNED_AT, PRIVACY_WRITTEN_AT ----------------------------------
struct subscr {
  char imsi[16];
  unsigned tmsi;
};
struct mobile_identity {
  int type;
  struct {
    char digits[16];
  } id;
};
struct subscr *subscr_create(PRIVACY_RETURNED_AT("imsi") const char *imsi);
struct subscr *subscr_create_unknown(const char *imsi);
void mi_encode(struct mobile_identity *mi,
               PRIVACY_WRITTEN_AT(0, "id.digits") const char *imsi);

void build(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct subscr *s = subscr_create(imsi);
  LOGP(0, "tmsi=%u", s->tmsi); // the builder filled imsi only
  LOGP(0, "imsi=%s", s->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // Unknown code: a project struct made from a string is taken for a
  // lookup, not for the argument's data (docs/models.md).
  struct subscr *u = subscr_create_unknown(imsi);
  LOGP(0, "imsi=%s", u->imsi);
  struct mobile_identity mi;
  mi_encode(&mi, imsi);
  LOGP(0, "type=%d", mi.type);
  LOGP(0, "digits=%s", mi.id.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}
