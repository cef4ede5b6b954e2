// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A call through a function pointer reaches the functions stored into the
// place it calls through: a member of a table of operations, a variable, a
// parameter, an array of handlers; copies between such places are
// followed. Each target here logs its parameter, at its own line.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_s(const char *s);
PRIVACY_CONSENT_CHECK("analytics") int consented(void);
struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  char apn[16];
};
typedef void (*printer_t)(const char *);

// A table of operations, initialised at file scope.
static void by_table(const char *s) { log_s(s); }
// CHECK: :[[@LINE-1]]:39: warning: subscriber identifier 'u->imsi' is logged
// CHECK: :[[@LINE+7]]:3: note: passed to 'by_table()' here
struct ops {
  printer_t print;
  int flags;
};
static const struct ops table_ops = {.print = by_table, .flags = 1};
void table(const struct ue *u, const struct ops *ops) {
  ops->print(u->imsi);
  ops->print(u->apn); // plain data: no finding
}

// A callback parameter of a function whose callers are all in view.
static void by_param(const char *s) { log_s(s); }
// CHECK: :[[@LINE-1]]:39: warning: subscriber identifier 'u->imsi' is logged
// CHECK: :[[@LINE+2]]:53: note: passed to 'by_param()' here
// CHECK: :[[@LINE+2]]:34: note: the sink is reached through this call
static void each(const struct ue *u, printer_t p) { p(u->imsi); }
void param(const struct ue *u) { each(u, by_param); }

// A local variable, called as (*p)(...), and a copy of it.
static void by_local(const char *s) { log_s(s); }
// CHECK: :[[@LINE-1]]:39: warning: subscriber identifier 'u->imsi' is logged
// CHECK: :[[@LINE+4]]:3: note: passed to 'by_local()' here
void local(const struct ue *u) {
  printer_t p = &by_local;
  printer_t q = p;
  (*q)(u->imsi);
}

// An array of handlers indexed at run time.
static void by_array(const char *s) { log_s(s); }
// CHECK: :[[@LINE-1]]:39: warning: subscriber identifier 'u->imsi' is logged
// CHECK: :[[@LINE+3]]:41: note: passed to 'by_array()' here
static void quiet(const char *s) { (void)s; }
static const printer_t handlers[] = {quiet, by_array};
void array(const struct ue *u, int i) { handlers[i](u->imsi); }

// A handler set at run time, called elsewhere; under consent it is lawful.
static void by_global(const char *s) { log_s(s); }
// CHECK: :[[@LINE-1]]:40: warning: subscriber identifier 'u->imsi' is logged
// CHECK: :[[@LINE+5]]:3: note: passed to 'by_global()' here
// CHECK-NOT: :[[@LINE+8]]:{{.*}}note: the sink is reached
static printer_t handler;
void set_handler(void) { handler = by_global; }
void global(const struct ue *u) {
  handler(u->imsi);
}
void global_with_consent(const struct ue *u) {
  if (consented())
    handler(u->imsi);
}

// Negative: the only function stored logs nothing.
static void discard(const char *s) { (void)s; }
void nothing(const struct ue *u) {
  printer_t p = discard;
  p(u->imsi);
}

// A function whose address is handed to code out of sight may be called
// there, without consent: its own data is reported where it logs, although
// its one call in view holds consent.
extern struct ue g_ue;
void register_timer(void (*cb)(void));
static void on_timer(void) { log_s(g_ue.imsi); }
// CHECK: :[[@LINE-1]]:30: warning: subscriber identifier 'g_ue.imsi' is logged
void start(void) {
  register_timer(on_timer);
  if (consented())
    on_timer();
}

// Negative: the same without the escape; its only caller holds consent.
static void on_demand(void) { log_s(g_ue.imsi); }
void demand(void) {
  if (consented())
    on_demand();
}

// A function that a file-scope table names goes wherever the table goes.
static void on_event(void) { log_s(g_ue.imsi); }
// CHECK: :[[@LINE-1]]:30: warning: subscriber identifier 'g_ue.imsi' is logged
static const struct events { void (*cb)(void); } event_table = {on_event};
void register_events(const struct events *table);
void events(void) {
  register_events(&event_table);
  if (consented())
    on_event();
}
