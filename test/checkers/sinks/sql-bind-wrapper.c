// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' \
// RUN:       --implicit-check-not=looked_up --implicit-check-not="'s->key'" \
// RUN:       --implicit-check-not=first_key --implicit-check-not=by_number_key \
// RUN:       --implicit-check-not='reaches the same sink'

// A bind wrapper's sink depends on its caller: the statement and the
// parameter name (or number) are the caller's. Each call decides with the
// SQL it binds into; what the caller cannot tell is stored.

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <stddef.h>

struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *inserted;
  PRIVACY_SUBSCRIBER_ID const char *looked_up;
  PRIVACY_SUBSCRIBER_ID const char *key;
  PRIVACY_SUBSCRIBER_ID const char *set;
  PRIVACY_SUBSCRIBER_ID const char *first;
  PRIVACY_SUBSCRIBER_ID const char *first_key;
  PRIVACY_SUBSCRIBER_ID const char *by_number_key;
  PRIVACY_SUBSCRIBER_ID const char *by_runtime_number;
  PRIVACY_SUBSCRIBER_ID const char *by_runtime_name;
  PRIVACY_SUBSCRIBER_ID const char *unknown_statement;
  PRIVACY_SUBSCRIBER_ID const char *changed_statement;
};

// By name, or the first parameter without one.
static int bind_text(sqlite3_stmt *stmt, const char *name, const char *text) {
  int idx = name ? sqlite3_bind_parameter_index(stmt, name) : 1;
  if (idx < 1)
    return 0;
  return sqlite3_bind_text(stmt, idx, text, -1, SQLITE_STATIC) == SQLITE_OK;
  // One finding at this sink; the other data that reaches it: notes, by place.
  // CHECK: :[[@LINE-2]]:10: warning: subscriber identifier 's->inserted' is retained
  // CHECK: note: 's->set', also subscriber identifier, reaches the same sink
  // CHECK: note: 's->first', also subscriber identifier, reaches the same sink
  // CHECK: note: 's->by_runtime_name', also subscriber identifier, reaches the same sink
  // CHECK: note: 's->unknown_statement', also subscriber identifier, reaches the same sink
}

// By number.
static void bind_at(sqlite3_stmt *stmt, int idx, const char *text) {
  sqlite3_bind_text(stmt, idx, text, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->by_runtime_number' is retained
}

// A wrapper that may bind into another statement than its caller's.
static void bind_changed(sqlite3_stmt *stmt, sqlite3_stmt *other,
                         const char *text) {
  if (other)
    stmt = other;
  sqlite3_bind_text(stmt, 1, text, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->changed_statement' is retained
}

void insert(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "INSERT INTO sub (imsi) VALUES ($imsi)", -1, &st,
                     NULL);
  bind_text(st, "$imsi", s->inserted);
}

void lookup(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT id FROM sub WHERE imsi = $imsi", -1, &st,
                     NULL);
  bind_text(st, "$imsi", s->looked_up);
}

// `$msisdn` is parameter 1: the key is not bound at 1 because its name is
// given, so it stays a key.
void update(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "UPDATE sub SET msisdn = $msisdn WHERE imsi = $imsi",
                     -1, &st, NULL);
  bind_text(st, "$imsi", s->key);
  bind_text(st, "$msisdn", s->set);
}

// No name: the first parameter.
void first_parameter(sqlite3 *db, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "UPDATE sub SET msisdn = ? WHERE imsi = ?", -1, &st,
                     NULL);
  bind_text(st, NULL, s->first);
  sqlite3_stmt *sel;
  sqlite3_prepare_v2(db, "SELECT 1 FROM sub WHERE imsi = ?", -1, &sel, NULL);
  bind_text(sel, NULL, s->first_key);
}

void by_number(sqlite3 *db, const struct Sub *s, int runtime) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "UPDATE sub SET msisdn = ? WHERE imsi = ?", -1, &st,
                     NULL);
  bind_at(st, 2, s->by_number_key);
  bind_at(st, runtime, s->by_runtime_number);
}

void by_runtime_name(sqlite3 *db, const struct Sub *s, const char *name) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT 1 FROM sub WHERE imsi = $imsi", -1, &st,
                     NULL);
  bind_text(st, name, s->by_runtime_name);
}

void unknown_statement(sqlite3_stmt *given, const struct Sub *s) {
  bind_text(given, "$imsi", s->unknown_statement);
}

void changed_statement(sqlite3 *db, sqlite3_stmt *other, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "SELECT 1 FROM sub WHERE imsi = ?", -1, &st, NULL);
  bind_changed(st, other, s->changed_statement);
}
