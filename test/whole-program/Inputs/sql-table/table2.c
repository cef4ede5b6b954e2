#include "db.h"

static const char *const dual_sql[] = {
    "INSERT INTO seen (imsi) VALUES ($imsi)",
    "SELECT 1",
    "SELECT 1",
};

int dual_prepare_again(struct dual *du) {
  for (unsigned i = 0; i < N_STMTS; i++)
    if (sqlite3_prepare_v2(du->conn, dual_sql[i], -1, &du->stmt[i], NULL))
      return -1;
  return 0;
}
