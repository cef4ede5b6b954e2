// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The state leaves out a local number or pointer that holds nothing (it
// reads the same absent): a loop counter, a flag cleared on every path, a
// pointer reset to NULL. What such a local held before, on another path or
// below the pointer must still be found; what it no longer holds must not.

#include <privacy/annotations.h>
#include <cstddef>

PRIVACY_LOG_SINK void log_text(const char *s);
PRIVACY_LOG_SINK void log_number(long n);
PRIVACY_CONSENT_CHECK("marketing") int has_consent(int subscriber);
int more(int i);

struct ue {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
  int id;
};

void reset_pointer(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  const char *p = imsi;
  p = NULL;
  p = "none";
  log_text(p);
}

void reset_on_one_path(PRIVACY_SUBSCRIBER_ID const char *imsi, int c) {
  const char *p = imsi;
  if (c)
    p = NULL;
  log_text(p);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}

// Many joins of a counter and a flag, and the data found after the loop.
void after_loop(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  const char *seen = "none";
  int found = 0;
  for (int i = 0; i < n; i++) {
    found = 0;
    if (more(i)) {
      seen = imsi;
      found = 1;
    }
  }
  if (found)
    log_text(seen);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged
  long count = 0;
  for (int i = 0; i < n; i++)
    count += more(i);
  log_number(count);
}

// A consent flag narrowed in a loop keeps its consent facts through the
// loop's joins; the literal it may take is a fact too, not nothing.
void flag_through_loop(PRIVACY_PERSONAL_DATA const char *name, int s, int n) {
  bool ok = has_consent(s);
  for (int i = 0; i < n; i++)
    if (more(i))
      ok = false; // in C++ a 0 is a number, false a flag
  if (ok)
    log_text(name);
  ok = more(n);
  if (ok)
    log_text(name);
  // CHECK: :[[@LINE-1]]:5: warning: personal data 'name' is logged
}

// A pointer set to NULL keeps nothing of the object it pointed to; one
// that still points there still reads its fields.
void pointer_to_object(struct ue *u, int c) {
  struct ue *cur = u;
  if (c) {
    cur = NULL;
    log_number(cur ? cur->id : 0);
    return;
  }
  log_text(cur->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cur->imsi' is logged
}
