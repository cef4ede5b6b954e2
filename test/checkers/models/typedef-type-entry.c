// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/typedef-type-entry.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A `types` entry naming a tagged struct's typedef describes the struct
// however a declaration writes it, as its excludeFields do.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_str(const char *s);
PRIVACY_LOG_SINK void log_u(unsigned v);

typedef struct auth_s {
  char rand[16];
  unsigned len;
} auth_t;

struct other_s {
  char rand[16];
};

void by_tag(const struct auth_s *a, const struct other_s *o) {
  log_str(a->rand);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'a' is logged
  log_u(a->len);    // excluded
  log_str(o->rand); // no entry
}

void by_typedef(const auth_t *a) {
  log_str(a->rand);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'a' is logged
  log_u(a->len); // excluded
}
