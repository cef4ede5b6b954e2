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

void create(struct db *d, const struct Sub *s) {
  sqlite3_stmt *st = d->stmt[CREATE];
  bind_text(st, "$imsi", s->created);
}

void lookup(struct db *d, const struct Sub *s) {
  sqlite3_stmt *st = d->stmt[SEL_BY_IMSI];
  bind_text(st, "$imsi", s->looked_up);
}

void update(struct db *d, const struct Sub *s) {
  sqlite3_stmt *st = d->stmt[UPD_BY_IMSI];
  bind_text(st, "$imsi", s->key);
  bind_text(st, "$msisdn", s->set);
}

void any_index(struct db *d, enum stmt_id id, const struct Sub *s) {
  bind_text(d->stmt[id], "$imsi", s->any_index);
}

void cached(struct cache *c, const struct Sub *s) {
  bind_text(c->stmt[SEL_BY_IMSI], "$imsi", s->cached_key);
}

void dual_lookup(struct dual *du, const struct Sub *s) {
  bind_text(du->stmt[SEL_BY_IMSI], "$imsi", s->dual_key);
}
