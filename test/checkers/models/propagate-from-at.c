// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/getters.json'}}" \
// RUN:   -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/bad-from-at.json'}}" \
// RUN:   -- %test_flags 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: bad-from-at.json:{{[0-9]+}}:{{[0-9]+}}: 'fromAt' must be a field path such as "imsi" or "id.digits" (at most 3 fields)

// A propagation's "fromAt" takes one field of each source argument: a
// getter that returns an FSM instance's name returns its id, not what hangs
// off its priv pointer (osmocom's osmo_fsm_inst_name).
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void LOGP(int ss, const char *fmt, ...);

struct sub {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_LOCATION_DATA char cell[8];
};
struct fsm {
  char id[32];
  void *priv;
};
struct ctx {
  struct sub sub;
  int n;
};
const char *fsm_name(const struct fsm *fi);
const char *fsm_name_alias(const struct fsm *fi);
void fsm_update_id(struct fsm *fi, const char *id);
const char *ctx_label(const struct ctx *c);
const char *no_such_field(const struct ctx *c);
struct fsm *fsm_self(struct fsm *fi);
PRIVACY_LOG_SINK void log_fsm(const struct fsm *fi);

void priv_is_not_the_name(struct fsm *fi, struct sub *s) {
  fi->priv = s;
  LOGP(0, "%s", fsm_name(fi)); // only the id: nothing personal
}

// With returnsAlias the name points into the instance; a character pointer
// points at its characters, not at the context behind priv.
void whole_object_alias(struct fsm *fi, struct sub *s) {
  fi->priv = s;
  LOGP(0, "%s", fsm_name_alias(fi));
}

void id_through_alias(struct fsm *fi, const struct sub *s) {
  fsm_update_id(fi, s->imsi);
  LOGP(0, "%s", fsm_name_alias(fi));
  // CHECK: propagate-from-at.c:[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is logged
}

// A record alias is the record, with all it holds.
void record_alias(struct fsm *fi, struct sub *s) {
  fi->priv = s;
  log_fsm(fsm_self(fi));
  // CHECK: propagate-from-at.c:[[@LINE-1]]:3: warning: location data 's->cell' is logged
  // CHECK: propagate-from-at.c:[[@LINE-2]]:3: warning: subscriber identifier 's->imsi' is logged
}

void id_is_the_name(struct fsm *fi, const struct sub *s) {
  fsm_update_id(fi, s->imsi);
  LOGP(0, "%s", fsm_name(fi));
  // CHECK: propagate-from-at.c:[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is logged
}

void nested_field(const struct ctx *c) {
  LOGP(0, "%s", ctx_label(c)); // the IMSI, not the cell
  // CHECK: propagate-from-at.c:[[@LINE-1]]:3: warning: subscriber identifier 'c->sub.imsi' is logged
}

void unknown_field_takes_all(const struct ctx *c) {
  LOGP(0, "%s", no_such_field(c));
  // CHECK: propagate-from-at.c:[[@LINE-1]]:3: warning: location data 'c->sub.cell' is logged
  // CHECK: propagate-from-at.c:[[@LINE-2]]:3: warning: subscriber identifier 'c->sub.imsi' is logged
}
