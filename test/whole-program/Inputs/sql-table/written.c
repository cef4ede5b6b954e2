#include "db.h"

void cache_adopt(struct cache *c, sqlite3_stmt *st) { c->stmt[SEL_BY_IMSI] = st; }
