// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Retention is storage: a value bound to a statement whose constant SQL only
// looks it up (SELECT), deletes by it (DELETE) or selects the rows of an
// UPDATE (its WHERE) is not retained. INSERT, REPLACE, an upsert and the SET
// of an UPDATE store it; SQL the analysis cannot read or follow stores it.

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <stddef.h>

struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
  PRIVACY_SUBSCRIBER_ID const char *msisdn;
};

#define SEL_COLUMNS "id, imsi, msisdn"

enum stmt_id { SEL_BY_IMSI, DEL_BY_IMSI, SET_MSISDN, CREATE, N_STMTS };
static const char *const stmt_sql[N_STMTS] = {
    [SEL_BY_IMSI] = "SELECT " SEL_COLUMNS " FROM subscriber WHERE imsi = $imsi",
    [DEL_BY_IMSI] = "DELETE FROM subscriber WHERE imsi = ?",
    [SET_MSISDN] = "UPDATE subscriber SET msisdn = $msisdn WHERE imsi = $imsi",
    [CREATE] = "INSERT INTO subscriber (imsi) VALUES ($imsi)",
};
static const char upd_sql[] = "UPDATE subscriber SET msisdn = ? WHERE imsi = ?";
static const char *const exists_sql = "SELECT 1 FROM subscriber WHERE imsi = :imsi";

// --- not retained: keys ---

void select_key(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT id FROM subscriber WHERE imsi = ?", -1, &st,
                     NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  sqlite3_step(st);
  sqlite3_finalize(st);
}

void select_named(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st = NULL;
  sqlite3_prepare_v2(db, stmt_sql[SEL_BY_IMSI], -1, &st, NULL);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$imsi"), s->imsi, -1,
                    SQLITE_STATIC);
  sqlite3_finalize(st);
  st = NULL;
}

void select_constant_pointer(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v3(db, exists_sql, -1, 0, &st, NULL);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":imsi"), s->imsi, -1,
                    SQLITE_STATIC);
}

void delete_key(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, stmt_sql[DEL_BY_IMSI], -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
}

void update_where_key(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, upd_sql, -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->msisdn, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->msisdn' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  sqlite3_bind_text(st, 2, s->imsi, -1, SQLITE_STATIC);
}

void update_where_named(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, stmt_sql[SET_MSISDN], -1, &st, NULL);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$imsi"), s->imsi, -1,
                    SQLITE_STATIC);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$msisdn"), s->msisdn,
                    -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->msisdn' is retained
}

// A `?` in a string or a comment is no parameter: the IMSI is the first.
void quoted_marks(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db,
                     "SELECT id FROM subscriber /* ? */ WHERE note <> 'why?' "
                     "AND \"odd?\" = 1 AND imsi = ?",
                     -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
}

// SQLite numbers `?` after `?NNN` and names: `?2` is 2, `:now` 3 and the
// IMSI's `?` 4.
void numbered_marks(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db,
                     "UPDATE subscriber SET msisdn = ?2, seen = :now "
                     "WHERE imsi = ?",
                     -1, &st, NULL);
  sqlite3_bind_text(st, 4, s->imsi, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, s->msisdn, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->msisdn' is retained
}

// Several possible SQLs for one statement: stored if any of them stores.
void two_lookups(sqlite3 *db, const struct Sub *s, int by_msisdn) {
  sqlite3_stmt *st;
  if (by_msisdn)
    sqlite3_prepare_v2(db, "SELECT id FROM subscriber WHERE msisdn = ?", -1,
                       &st, NULL);
  else
    sqlite3_prepare_v2(db, stmt_sql[DEL_BY_IMSI], -1, &st, NULL);
  sqlite3_bind_text(st, 1, by_msisdn ? s->msisdn : s->imsi, -1, SQLITE_STATIC);
}

void lookup_or_insert(sqlite3 *db, const struct Sub *s, int create) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db,
                     create ? "INSERT INTO seen (imsi) VALUES (?)"
                            : "SELECT 1 FROM seen WHERE imsi = ?",
                     -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

void table_by_runtime_index(sqlite3 *db, const struct Sub *s, enum stmt_id id) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, stmt_sql[id], -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

// --- retained: stores ---

void insert(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, stmt_sql[CREATE], -1, &st, NULL);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$imsi"), s->imsi, -1,
                    SQLITE_STATIC);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->imsi' is retained
}

void replace(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare(db, "REPLACE INTO seen (imsi) VALUES (?)", -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

void upsert(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db,
                     "INSERT INTO seen (imsi) VALUES (?1) ON CONFLICT (imsi) "
                     "DO UPDATE SET n = n + 1 WHERE imsi = ?1",
                     -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

void insert_select(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db,
                     "INSERT INTO archive SELECT * FROM subscriber "
                     "WHERE imsi = ?",
                     -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

// --- retained: SQL the reader or the analysis cannot follow ---

void unreadable(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "WITH k AS (SELECT ? AS imsi) SELECT * FROM k", -1,
                     &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

void two_statements(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT 1 WHERE ? IS NULL; INSERT INTO t VALUES (1)",
                     -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

void unplaced_parameter(sqlite3 *db, const struct Sub *s, int idx) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT 1 FROM t WHERE imsi = ?", -1, &st, NULL);
  sqlite3_bind_text(st, 2, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  sqlite3_bind_text(st, idx, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$nope"), s->imsi, -1,
                    SQLITE_STATIC);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->imsi' is retained
}

void unknown_text(sqlite3 *db, const struct Sub *s, const char *sql) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

// A table whose elements may be changed (`const char *`, not `*const`),
// and are: not constant. One that is internal and only ever read is.
static const char *mutable_sql[] = {"SELECT 1 FROM t WHERE imsi = ?"};
static const char *read_only_sql[] = {"SELECT 1 FROM t WHERE imsi = ?"};

void set_mutable_sql(const char *sql) { mutable_sql[0] = sql; }

void mutable_table(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, mutable_sql[0], -1, &st, NULL);
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  sqlite3_stmt *sel;
  sqlite3_prepare_v2(db, read_only_sql[0], -1, &sel, NULL);
  sqlite3_bind_text(sel, 1, s->imsi, -1, SQLITE_STATIC);
}

void statement_copied(sqlite3 *db, sqlite3_stmt *cached, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT 1 FROM t WHERE imsi = ?", -1, &st, NULL);
  if (cached)
    st = cached;
  sqlite3_bind_text(st, 1, s->imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
}

// SQL built at run time from the data: its text is what is stored.
void runtime_sql(sqlite3 *db, const struct Sub *s) {
  char *sql = sqlite3_mprintf("SELECT id FROM subscriber WHERE imsi = '%q'",
                              s->imsi);
  sqlite3_exec(db, sql, NULL, NULL, NULL);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  sqlite3_free(sql);
}

// Through the function's summary: a helper that looks the IMSI up stores
// nothing for its callers; one that inserts it does.
static void lookup_imsi(sqlite3 *db, const char *imsi) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT id FROM subscriber WHERE imsi = ?", -1, &st,
                     NULL);
  sqlite3_bind_text(st, 1, imsi, -1, SQLITE_STATIC);
}

static void remember_imsi(sqlite3 *db, const char *imsi) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "INSERT INTO seen (imsi) VALUES (?)", -1, &st, NULL);
  sqlite3_bind_text(st, 1, imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  // CHECK: :[[@LINE+5]]:3: note: passed to 'remember_imsi()' here
}

void through_helpers(sqlite3 *db, const struct Sub *s) {
  lookup_imsi(db, s->imsi);
  remember_imsi(db, s->imsi);
}
