#include "db.h"

static const char *stmt_sql[] = {
    [SEL_BY_IMSI] = "SELECT id FROM sub WHERE imsi = $imsi",
    [UPD_BY_IMSI] = "UPDATE sub SET msisdn = $msisdn WHERE imsi = $imsi",
    [CREATE] = "INSERT INTO sub (imsi) VALUES ($imsi)",
};

int db_prepare(struct db *d) {
  for (unsigned i = 0; i < sizeof(stmt_sql) / sizeof(stmt_sql[0]); i++)
    if (sqlite3_prepare_v2(d->conn, stmt_sql[i], -1, &d->stmt[i], NULL))
      return -1;
  return 0;
}

int cache_prepare(struct cache *c) {
  for (unsigned i = 0; i < N_STMTS; i++)
    if (sqlite3_prepare_v2(c->conn, stmt_sql[i], -1, &c->stmt[i], NULL))
      return -1;
  return 0;
}

int dual_prepare(struct dual *du) {
  for (unsigned i = 0; i < N_STMTS; i++)
    if (sqlite3_prepare_v2(du->conn, stmt_sql[i], -1, &du->stmt[i], NULL))
      return -1;
  return 0;
}
