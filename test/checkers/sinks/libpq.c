// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// libpq: the query text of PQexec and PQexecParams and the parameter values
// of PQexecParams (argument 4) are stored in the database.

#include <privacy/annotations.h>
#include <libpq-fe.h>
#include <stdio.h>

struct Call {
  PRIVACY_TRAFFIC_DATA char called[16];
  PRIVACY_TRAFFIC_DATA int seconds;
  int trunk;
};

void store(PGconn *conn, const struct Call *c) {
  char sql[128];
  snprintf(sql, sizeof sql, "INSERT INTO calls VALUES('%s')", c->called);
  PQexec(conn, sql);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data '{{.*}}called' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  // CHECK: :12:29: note: 'called' is declared traffic data here
  // CHECK: :[[@LINE-4]]:3: note: flows into 'sql' through 'snprintf()'
  const char *values[1] = {c->called};
  PQexecParams(conn, "INSERT INTO calls VALUES($1)", 1, NULL, values, NULL,
               NULL, 0);
  // CHECK: :[[@LINE-2]]:3: warning: traffic data '{{.*}}called' is retained
}

void not_retained(PGconn *conn, const struct Call *c) {
  char sql[64];
  snprintf(sql, sizeof sql, "UPDATE trunks SET used = used + 1 WHERE id = %d",
           c->trunk);
  PQexec(conn, sql);
  // nParams is not a stored value.
  const char *values[1] = {"x"};
  PQexecParams(conn, "SELECT $1", c->seconds > 0 ? 1 : 0, NULL, values, NULL,
               NULL, 0);
}
