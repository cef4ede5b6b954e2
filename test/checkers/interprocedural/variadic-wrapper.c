// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=gnu11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A C logging layer: a function with `...` that hands its va_list to a sink
// (vfprintf to stderr, vsyslog, vsnprintf into a logged buffer, a back end
// annotated as a sink) is itself a sink for its variadic arguments, with no
// model entry for it.
#include <privacy/annotations.h>
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_LOCATION_DATA unsigned tai;
  PRIVACY_PERSONAL_DATA char name[32];
  int state;
};

PRIVACY_CONSENT_CHECK("diagnostics") int may_trace(const struct ue *u);

void my_log(int lvl, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}
// Two sources reach this sink; clang-tidy orders the findings by message.
// CHECK: :[[@LINE-4]]:3: warning: personal data 'u->name' is logged without recorded consent or anonymisation
// CHECK: :16:30: note: 'name' is declared personal data here
// CHECK: :96:3: note: passed to 'my_log()' here
// CHECK: :40:33: note: expanded from macro 'LOGP'
// CHECK: :[[@LINE-11]]:6: note: passed as parameter '...' of 'my_log()'
// CHECK: :[[@LINE-9]]:3: note: flows into 'stderr' through 'vfprintf()'
// CHECK: :96:3: note: the sink is reached through this call, where no covering consent holds
// CHECK: :[[@LINE-11]]:3: warning: subscriber identifier 'u->imsi' is logged without recorded consent or anonymisation
// CHECK: :14:30: note: 'imsi' is declared subscriber identifier here
// CHECK: :95:3: note: passed to 'my_log()' here
/* A project macro around it, GNU style. */
#define LOGP(lvl, fmt, args...) my_log(lvl, fmt, ##args)

/* The va_list passed on to a v-function of the project, then to vsyslog. */
static void my_vlog(const char *fmt, va_list ap) { vsyslog(LOG_INFO, fmt, ap); }
// CHECK: :[[@LINE-1]]:52: warning: location data 'u->tai' is logged
// CHECK: :15:34: note: 'tai' is declared location data here
// CHECK: :100:3: note: passed to 'my_log2()' here
// CHECK: :[[@LINE+3]]:6: note: passed as parameter '...' of 'my_log2()'
// CHECK: :[[@LINE+5]]:3: note: passed to 'my_vlog()' here
// CHECK: :[[@LINE-6]]:46: note: passed as parameter 'ap' of 'my_vlog()'
void my_log2(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  my_vlog(fmt, ap);
  va_end(ap);
}

/* Formatted into a buffer that is then logged. */
void my_log3(const char *fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
  // CHECK: :101:3: note: passed to 'my_log3()' here
  // CHECK: :[[@LINE-9]]:6: note: passed as parameter '...' of 'my_log3()'
  // CHECK: :[[@LINE-6]]:3: note: flows into 'buf' through 'vsnprintf()'
}

/* A logging back end the project annotates (or models) as a sink. */
PRIVACY_LOG_SINK void backend(int lvl, const char *fmt, va_list ap);
void my_log4(const char *fmt, ...) {
  va_list ap, copy;
  va_start(ap, fmt);
  va_copy(copy, ap);
  backend(1, fmt, copy);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
  // CHECK: :102:3: note: passed to 'my_log4()' here
  // CHECK: :[[@LINE-7]]:6: note: passed as parameter '...' of 'my_log4()'
  va_end(copy);
  va_end(ap);
}

/* Negative: formats, but the text never reaches a sink. */
int my_format(char *out, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(out, n, fmt, ap);
  va_end(ap);
  return r;
}

void on_attach(struct ue *u, char *scratch) {
  my_log(1, "IMSI-%s", u->imsi);
  LOGP(1, "name %s", u->name);
  my_log(1, "state %d", u->state); // not personal
  if (may_trace(u))
    my_log(1, "TAI %u", u->tai); // under consent
  my_log2("TAI %u", u->tai);
  my_log3("IMSI-%s", u->imsi);
  my_log4("IMSI-%s", u->imsi);
  my_format(scratch, 16, "%s", u->imsi);
}
