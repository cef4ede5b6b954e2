#include "db.h"

int bind_text(sqlite3_stmt *stmt, const char *name, const char *text) {
  int idx = name ? sqlite3_bind_parameter_index(stmt, name) : 1;
  if (idx < 1)
    return 0;
  return sqlite3_bind_text(stmt, idx, text, -1, SQLITE_STATIC) == SQLITE_OK;
}
