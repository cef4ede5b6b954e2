// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// SQLite: bound values (sqlite3_bind_*, argument 2) and SQL text
// (sqlite3_exec, sqlite3_prepare_v2, argument 1) are stored in the database.

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <string.h>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
  PRIVACY_LOCATION_DATA int cell;
  PRIVACY_PERSONAL_DATA double balance;
  int plan;
};

void bind(sqlite3_stmt *st, struct Subscriber s) {
  sqlite3_bind_text(st, 1, s.imsi, -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  // CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
  sqlite3_bind_int(st, 2, s.cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
  sqlite3_bind_double(st, 3, s.balance);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 's.balance' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  sqlite3_bind_int(st, 4, s.plan);
  // The statement and the parameter index are not stored data.
  sqlite3_bind_null(st, s.cell > 0 ? 5 : 6);
}

void sql_text(sqlite3 *db, struct Subscriber s) {
  char *sql = sqlite3_mprintf("INSERT INTO seen VALUES('%q')", s.imsi);
  sqlite3_exec(db, sql, 0, 0, 0);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is retained
  // CHECK: :[[@LINE-3]]:9: note: assigned to 'sql'
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, sql, -1, &st, 0);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is retained
  sqlite3_free(sql);
}

void not_retained(sqlite3 *db, struct Subscriber s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "INSERT INTO plans VALUES(?)", -1, &st, 0);
  sqlite3_bind_int(st, 1, s.plan);
  sqlite3_bind_int(st, 2, (int)strlen(s.imsi));
  sqlite3_exec(db, "DELETE FROM seen", 0, 0, 0);
}
