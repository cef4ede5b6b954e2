#include <privacy/annotations.h>
#include <sqlite3.h>
#include <stddef.h>

enum stmt_id { SEL_BY_IMSI, UPD_BY_IMSI, CREATE, N_STMTS };

/* Prepared from table.c's SQL only. */
struct db {
  sqlite3 *conn;
  sqlite3_stmt *stmt[N_STMTS];
};

/* Prepared the same way, and written otherwise in written.c. */
struct cache {
  sqlite3 *conn;
  sqlite3_stmt *stmt[N_STMTS];
};

/* Prepared from different SQL in table.c and table2.c. */
struct dual {
  sqlite3 *conn;
  sqlite3_stmt *stmt[N_STMTS];
};

struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *local_insert;
  PRIVACY_SUBSCRIBER_ID const char *local_key;
  PRIVACY_SUBSCRIBER_ID const char *created;
  PRIVACY_SUBSCRIBER_ID const char *looked_up;
  PRIVACY_SUBSCRIBER_ID const char *key;
  PRIVACY_SUBSCRIBER_ID const char *set;
  PRIVACY_SUBSCRIBER_ID const char *any_index;
  PRIVACY_SUBSCRIBER_ID const char *cached_key;
  PRIVACY_SUBSCRIBER_ID const char *dual_key;
};

int bind_text(sqlite3_stmt *stmt, const char *name, const char *text);
int db_prepare(struct db *d);
int cache_prepare(struct cache *c);
