// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function analysed before another stores personal data into a global it
// reads is analysed again, and so is every function that calls it, however
// far up; functions that read no grown global are not needed again.

#include <privacy/annotations.h>
#include <stdio.h>
#include <string.h>

struct ue { PRIVACY_SUBSCRIBER_ID char imsi[16]; };

static char g_last[16];
static char g_status[16];

// Analysed first (callees before callers, then source order).
static const char *last_imsi(void) { return g_last; }
static const char *via(void) { return last_imsi(); }

void log_last(void) {
  printf("%s\n", via());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

void log_direct(void) {
  printf("%s\n", g_last);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

// Negative: a global that only ever holds a status.
static const char *status(void) { return g_status; }
void log_status(void) { printf("%s\n", status()); }

void remember(const struct ue *u) {
  strcpy(g_last, u->imsi);
  strcpy(g_status, "attached");
}
