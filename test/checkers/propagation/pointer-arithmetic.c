// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A destination written with pointer arithmetic (`b + n`, `p - 1`) is a
// place inside the same buffer, as `&b[n]` is: a prefix then the data is
// how C builds log lines, also in variadic wrappers.

#include <privacy/annotations.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct ue { PRIVACY_SUBSCRIBER_ID char imsi[16]; int id; };
PRIVACY_LOG_SINK void backend(const char *text);
static char g_buf[64];

void after_prefix(const struct ue *u) {
  char b[32] = "IMSI=";
  snprintf(b + 5, sizeof b - 5, "%s", u->imsi);
  puts(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
}

void after_count(const struct ue *u) {
  char b[32];
  int n = snprintf(b, sizeof b, "x=");
  strcpy(b + n, u->imsi);
  puts(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
}

void into_parameter(const struct ue *u, char *out) {
  sprintf(out + 2, "%s", u->imsi);
  puts(out);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
}

void into_static(const struct ue *u) {
  memcpy(g_buf + 1, u->imsi, 15);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is retained
}

/* The wrapper is a sink for its variadic arguments without a model. */
void app_log(const char *fmt, ...) {
  char b[128];
  int n = snprintf(b, sizeof b, "[app] ");
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(b + n, sizeof b - n, fmt, ap);
  va_end(ap);
  backend(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
  // CHECK: :[[@LINE+3]]:3: note: passed to 'app_log()' here
}
void through_wrapper(const struct ue *u) {
  app_log("%s", u->imsi);
  app_log("%d", u->id);
}

void other_buffer(const struct ue *u) {
  char b[32] = "IMSI=", c[32];
  snprintf(c + 5, sizeof c - 5, "%s", u->imsi);
  puts(b);
  snprintf(b + 5, sizeof b - 5, "%d", u->id);
  puts(b);
}
