#include <privacy/annotations.h>
#include <sqlite3.h>
#include <stddef.h>

enum stmt_id { SEL_BY_IMSI, UPD_BY_IMSI, CREATE, N_STMTS };

struct db {
  sqlite3 *conn;
  sqlite3_stmt *stmt[N_STMTS];
};

struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *local_insert;
  PRIVACY_SUBSCRIBER_ID const char *local_key;
};

int bind_text(sqlite3_stmt *stmt, const char *name, const char *text);
