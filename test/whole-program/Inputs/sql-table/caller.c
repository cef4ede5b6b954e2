#include "db.h"

void local_insert(sqlite3 *conn, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(conn, "INSERT INTO sub (imsi) VALUES (?)", -1, &st, NULL);
  bind_text(st, NULL, s->local_insert);
}

void local_lookup(sqlite3 *conn, const struct Sub *s) {
  sqlite3_stmt *st;
  sqlite3_prepare_v2(conn, "SELECT 1 FROM sub WHERE imsi = $imsi", -1, &st,
                     NULL);
  bind_text(st, "$imsi", s->local_key);
}
