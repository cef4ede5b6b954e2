// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' \
// RUN:       --implicit-check-not=wrapped_key

// A context struct's table of prepared statements: every write of `stmt` is
// a prepare from `stmt_sql` at the same index (or a clear), and `stmt_sql`
// is internal and only read, so `c->stmt[K]` is a statement of
// `stmt_sql[K]`. Any other write of the handles, or of the SQL table,
// leaves their SQL unknown: stored.

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <stddef.h>

struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *key;
  PRIVACY_SUBSCRIBER_ID const char *direct_key;
  PRIVACY_SUBSCRIBER_ID const char *either_key;
  PRIVACY_SUBSCRIBER_ID const char *either_set;
  PRIVACY_SUBSCRIBER_ID const char *inserted;
  PRIVACY_SUBSCRIBER_ID const char *any_index;
  PRIVACY_SUBSCRIBER_ID const char *wrapped_key;
  PRIVACY_SUBSCRIBER_ID const char *wrapped_insert;
  PRIVACY_SUBSCRIBER_ID const char *global_key;
  PRIVACY_SUBSCRIBER_ID const char *global_unprepared;
  PRIVACY_SUBSCRIBER_ID const char *reassigned;
  PRIVACY_SUBSCRIBER_ID const char *escaped;
  PRIVACY_SUBSCRIBER_ID const char *other_index;
  PRIVACY_SUBSCRIBER_ID const char *written_sql;
};

enum stmt_id { SEL, UPD_A, UPD_B, INS, N_STMTS };

static const char *stmt_sql[] = {
    [SEL] = "SELECT id FROM sub WHERE imsi = ?",
    [UPD_A] = "UPDATE sub SET a = $val WHERE imsi = $imsi",
    [UPD_B] = "UPDATE sub SET b = $val WHERE imsi = $imsi",
    [INS] = "INSERT INTO sub (imsi) VALUES (?)",
};

struct ctx {
  sqlite3 *db;
  sqlite3_stmt *stmt[N_STMTS];
};

int ctx_prepare(struct ctx *c) {
  for (unsigned i = 0; i < sizeof(stmt_sql) / sizeof(stmt_sql[0]); i++)
    if (sqlite3_prepare_v2(c->db, stmt_sql[i], -1, &c->stmt[i], NULL))
      return -1;
  return 0;
}

void ctx_close(struct ctx *c) {
  for (unsigned i = 0; i < sizeof(c->stmt) / sizeof(c->stmt[0]); i++) {
    sqlite3_finalize(c->stmt[i]);
    c->stmt[i] = NULL;
  }
}

void lookup(struct ctx *c, const struct Sub *s) {
  sqlite3_stmt *st = c->stmt[SEL];
  sqlite3_bind_text(st, 1, s->key, -1, SQLITE_STATIC);
  sqlite3_bind_text(c->stmt[SEL], 1, s->direct_key, -1, SQLITE_STATIC);
}

void update(struct ctx *c, const struct Sub *s, int b) {
  sqlite3_stmt *st;
  st = c->stmt[b ? UPD_B : UPD_A];
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$imsi"),
                    s->either_key, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$val"),
                    s->either_set, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->either_set' is retained
}

void insert(struct ctx *c, const struct Sub *s) {
  sqlite3_bind_text(c->stmt[INS], 1, s->inserted, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->inserted' is retained
}

void any_index(struct ctx *c, enum stmt_id id, const struct Sub *s) {
  sqlite3_bind_text(c->stmt[id], 1, s->any_index, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->any_index' is retained
}

// A bind wrapper's callers decide with the table too.
static void bind_first(sqlite3_stmt *st, const char *text) {
  sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->wrapped_insert' is retained
}

void wrapped(struct ctx *c, const struct Sub *s) {
  bind_first(c->stmt[SEL], s->wrapped_key);
  bind_first(c->stmt[INS], s->wrapped_insert);
}

// A global table prepared at constant indices: element 1 never is.
static sqlite3_stmt *g_stmt[2];

void global_prepare(sqlite3 *db) {
  sqlite3_prepare_v2(db, "SELECT 1 FROM sub WHERE imsi = ?", -1, &g_stmt[0],
                     NULL);
}

void global_lookup(const struct Sub *s) {
  sqlite3_bind_text(g_stmt[0], 1, s->global_key, -1, SQLITE_STATIC);
  sqlite3_bind_text(g_stmt[1], 1, s->global_unprepared, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->global_unprepared' is retained
}

// Handles written otherwise: assigned, their address given away, prepared
// at another index, prepared from a table that is written.
struct reassigned { sqlite3 *db; sqlite3_stmt *stmt[N_STMTS]; };
struct escaped { sqlite3 *db; sqlite3_stmt *stmt[N_STMTS]; };
struct other_index { sqlite3 *db; sqlite3_stmt *stmt[N_STMTS]; };
struct written_sql { sqlite3 *db; sqlite3_stmt *stmt[N_STMTS]; };

static const char *changing_sql[] = {"SELECT 1 FROM sub WHERE imsi = ?"};
void set_changing_sql(const char *q) { changing_sql[0] = q; }

void prepare_handle(sqlite3_stmt **st);

void other_writes(struct reassigned *r, struct escaped *e,
                  struct other_index *o, struct written_sql *w,
                  sqlite3_stmt *given) {
  for (unsigned i = 0; i < N_STMTS; i++) {
    sqlite3_prepare_v2(r->db, stmt_sql[i], -1, &r->stmt[i], NULL);
    sqlite3_prepare_v2(e->db, stmt_sql[i], -1, &e->stmt[i], NULL);
    sqlite3_prepare_v2(o->db, stmt_sql[i], -1, &o->stmt[N_STMTS - 1 - i],
                       NULL);
  }
  r->stmt[SEL] = given;
  prepare_handle(&e->stmt[SEL]);
  for (unsigned i = 0; i < 1; i++)
    sqlite3_prepare_v2(w->db, changing_sql[i], -1, &w->stmt[i], NULL);
}

void others(struct reassigned *r, struct escaped *e, struct other_index *o,
            struct written_sql *w, const struct Sub *s) {
  sqlite3_bind_text(r->stmt[SEL], 1, s->reassigned, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->reassigned' is retained
  sqlite3_bind_text(e->stmt[SEL], 1, s->escaped, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->escaped' is retained
  sqlite3_bind_text(o->stmt[SEL], 1, s->other_index, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->other_index' is retained
  sqlite3_bind_text(w->stmt[SEL], 1, s->written_sql, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->written_sql' is retained
}
