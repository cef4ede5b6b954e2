// RUN: %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/osmo-containers.json'}}" \
// RUN:   -- %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Retention is storage: personal data written into static storage is
// retained. Linking an object that holds personal data into a static list,
// keeping its address in a pool or a table, and removing it again (list
// delete, set(key, NULL), talloc_free) store nothing new: the object's data
// is where it was written.

#include <privacy/annotations.h>
#include <stddef.h>
#include <string.h>
#include "llist.h"

struct PRIVACY_SUBSCRIBER_ID mobile_identity {
  char digits[16];
};
struct subscr {
  struct llist_head entry;
  struct subscr *next_free;
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  struct mobile_identity mi;
  int id;
};
struct hash;
void hash_set(struct hash *h, const char *key, void *value);
void hash_del(struct hash *h, const char *key);
struct db;
void db_subscr_set(struct db *db, const char *imsi, const struct subscr *rec);
void *talloc_zero_size(const void *ctx, size_t size);
int talloc_free(void *ptr);

static LLIST_HEAD(g_subscrs);
static struct hash *g_by_imsi;
static struct subscr *g_free_list;
static struct subscr *g_slots[8];

struct subscr *subscr_alloc(const char *imsi) {
  struct subscr *s = g_free_list;
  if (s)
    g_free_list = s->next_free; // pool bookkeeping: a link, not a store
  else
    s = talloc_zero_size(NULL, sizeof(*s));
  strcpy(s->imsi, imsi);
  llist_add(&s->entry, &g_subscrs); // links the object into a static list
  g_slots[s->id & 7] = s;
  hash_set(g_by_imsi, s->imsi, s); // the key is stored: retention
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  return s;
}

void subscr_free(struct subscr *s) {
  llist_del(&s->entry);
  hash_set(g_by_imsi, s->imsi, NULL); // removal
  hash_del(g_by_imsi, s->imsi);
  g_slots[s->id & 7] = NULL;
  s->next_free = g_free_list;
  g_free_list = s;
}

void subscr_destroy(struct subscr *s) {
  llist_del(&s->entry);
  talloc_free(s);
}

// Copies into static storage are retention, whatever their shape.
static char g_last_imsi[16];
static struct mobile_identity g_last_mi;
static struct subscr g_last_subscr;
void remember(const struct subscr *s) {
  strcpy(g_last_imsi, s->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  g_last_mi = s->mi;
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 's->mi' is retained
  g_last_subscr = *s;
  // CHECK: :[[@LINE-1]]:17: warning: subscriber identifier 's->imsi' is retained
}

// A pointer to a whole object of a personal type is a link too; its bytes
// copied are not.
static struct mobile_identity *g_current_mi;
static char g_digits[16];
void track(struct mobile_identity *mi) {
  g_current_mi = mi;
  memcpy(g_digits, mi->digits, sizeof(g_digits));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'mi' is retained
}

// An object whose type is personal, linked into and out of a static list.
struct PRIVACY_SUBSCRIBER_ID ue_conn {
  struct llist_head entry;
  char imsi[16];
};
static LLIST_HEAD(g_conns);
void conn_attach(struct ue_conn *c) { llist_add(&c->entry, &g_conns); }
void conn_detach(struct ue_conn *c) { llist_del(&c->entry); }

// A retain sink that erases when given NULL: the erasure is no retention.
void db_sync(struct db *db, const struct subscr *s, int gone) {
  if (gone)
    db_subscr_set(db, s->imsi, NULL);
  else
    db_subscr_set(db, s->imsi, s);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 's->imsi' is retained
}
