#include <stdarg.h>
#include <stdio.h>

typedef struct {
  char imsi[16];
  int len;
} emm_ctx_t;

struct ue_s {
  char msisdn[16];
  int refcount;
};

void app_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  (void)level;
}

#define LOGP(lvl, fmt, ...) app_log(lvl, fmt, ##__VA_ARGS__)

void attach(const char *imsi) { LOGP(1, "attach %s\n", imsi); }

int count_ues(int n) { return n + 1; }

/* A command handler and its command element (osmocom's DEFUN): a status and
 * an object with a callback, not an MSISDN; no draft entry. */
struct cmd_element {
  const char *string;
  int (*func)(int argc);
};
static int subscriber_msisdn(int argc) { return argc; }
struct cmd_element subscriber_msisdn_cmd = {"msisdn", subscriber_msisdn};

/* The project's own wrapper of a retention sink (the shipped sqlite3
 * model): a draft sink entry for its callers in other files. */
typedef struct sqlite3_stmt sqlite3_stmt;
int sqlite3_bind_text(sqlite3_stmt *, int, const char *, int, void (*)(void *));
int db_bind_text(sqlite3_stmt *stmt, int idx, const char *text) {
  return sqlite3_bind_text(stmt, idx, text, -1, 0);
}

/* Keeping a parameter in static storage is retention, but no call of a
 * sink function: no wrapper entry. */
static const char *g_last_seen;
void remember(const char *where) { g_last_seen = where; }

/* Prints a field of its parameter, not the parameter: an entry sinking the
 * whole argument would be wrong, so no wrapper entry. */
struct fsm_ctx {
  int state;
};
void show_state(const struct fsm_ctx *c) { printf("state %d\n", c->state); }

/* Prints the text field of its parameter (osmo-hlr's test client prints
 * io->imsi on a timeout): a log wrapper for callers that pass such a
 * record, although the record, with its timer callback, is an object with
 * behaviour. */
struct op_timer {
  void (*cb)(void *data);
};
struct pending_op {
  char imsi[17];
  int type;
  struct op_timer timer;
};
void op_timeout(const struct pending_op *io) { printf("%s: timeout\n", io->imsi); }

/* Declared after the struct: a model may name its fields ue_t::msisdn. */
typedef struct ue_s ue_t;

/* Known only through a pointer typedef: a model names its fields
 * ue_ref_t::imsi (a bare `imsi` would match every such field). */
typedef struct {
  char imsi[16];
  int refs;
} *ue_ref_t;

/* A string builder behind a variadic macro (open5gs' ogs_msprintf, libbson's
 * BCON_NEW) returns what it builds: no sink entry. */
char *app_strdup_printf(const char *fmt, ...);
#define STRF(...) app_strdup_printf(__VA_ARGS__)
const char *describe_level(int n) { return STRF("level=%d", n); }
