// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// libpq: the parameter values of PQexecParams and PQsendQueryParams are not
// retained when the constant query only looks them up or deletes by them.
// A local array initialised by a list and only passed as the values is told
// apart by element (element k is `$k+1`); any other array is stored whole
// when the query stores a parameter. PQexecPrepared runs SQL the analysis
// does not see.

#include <privacy/annotations.h>
#include <libpq-fe.h>
#include <stddef.h>

struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
  PRIVACY_SUBSCRIBER_ID const char *msisdn;
};

static const char *const by_imsi = "SELECT id FROM subscriber WHERE imsi = $1";

void lookups(PGconn *conn, const struct Sub *s) {
  const char *values[1] = {s->imsi};
  PQexecParams(conn, by_imsi, 1, NULL, values, NULL, NULL, 0);
  PQsendQueryParams(conn, "DELETE FROM subscriber WHERE imsi = $1::text", 1,
                    NULL, values, NULL, NULL, 0);
}

void stores(PGconn *conn, const struct Sub *s) {
  const char *values[1] = {s->imsi};
  PQexecParams(conn, "INSERT INTO seen (imsi) VALUES ($1)", 1, NULL, values,
               NULL, NULL, 0);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  PQexecParams(conn, "UPDATE subscriber SET last_seen = now() WHERE imsi = $1 "
                     "RETURNING $1",
               1, NULL, values, NULL, NULL, 0);
  // CHECK: :[[@LINE-3]]:3: warning: subscriber identifier 's->imsi' is retained
  PQexecPrepared(conn, "select_by_imsi", 1, values, NULL, NULL, 0);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is retained
  // SELECT INTO makes a table of what it selects.
  PQexecParams(conn, "SELECT $1 AS imsi INTO seen_copy", 1, NULL, values, NULL,
               NULL, 0);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->imsi' is retained
}

void update_by_element(PGconn *conn, const struct Sub *s) {
  const char *values[2] = {s->msisdn, s->imsi};
  PQexecParams(conn, "UPDATE subscriber SET msisdn = $1 WHERE imsi = $2", 2,
               NULL, values, NULL, NULL, 0);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->msisdn' is retained
  // CHECK-NOT: 's->imsi', also subscriber identifier, reaches the same sink
}

void update_array_written(PGconn *conn, const struct Sub *s) {
  const char *values[2] = {NULL, s->imsi};
  values[0] = s->msisdn;
  PQexecParams(conn, "UPDATE subscriber SET msisdn = $1 WHERE imsi = $2", 2,
               NULL, values, NULL, NULL, 0);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's->imsi' is retained
  // CHECK: note: 's->msisdn', also subscriber identifier, reaches the same sink
}
