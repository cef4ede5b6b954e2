// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 -DCONSENT %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CONSENT

// A function with callers defers its unguarded sinks to them (they may hold
// the consent) through its summary. A summary keeps a bounded number of
// sinks; a hit past the bound is reported where it is, without the callers'
// consents, never dropped (issue 10: most missed logging sites of a real C
// code base were hits past the bound). The C twin is summary-bound.c.
#include <privacy/annotations.h>

struct msg {
  PRIVACY_TRAFFIC_DATA char called[16];
};
PRIVACY_LOG_SINK void logp(int level, const char *fmt, ...);
PRIVACY_CONSENT_CHECK("marketing") int has_consent(const struct msg *m);

// CHECK: remark: privacy summary of 'many' keeps 32 sinks of the functions it calls
// CONSENT: remark: privacy summary of 'many' keeps 32 sinks of the functions it calls
static void many(const struct msg *m, int c) {
  if (c == 0) logp(1, "%s", m->called);
  // CONSENT-NOT: :[[@LINE-1]]:15: warning:
  if (c == 1) logp(1, "%s", m->called);
  if (c == 2) logp(1, "%s", m->called);
  if (c == 3) logp(1, "%s", m->called);
  if (c == 4) logp(1, "%s", m->called);
  if (c == 5) logp(1, "%s", m->called);
  if (c == 6) logp(1, "%s", m->called);
  if (c == 7) logp(1, "%s", m->called);
  if (c == 8) logp(1, "%s", m->called);
  if (c == 9) logp(1, "%s", m->called);
  if (c == 10) logp(1, "%s", m->called);
  if (c == 11) logp(1, "%s", m->called);
  if (c == 12) logp(1, "%s", m->called);
  if (c == 13) logp(1, "%s", m->called);
  if (c == 14) logp(1, "%s", m->called);
  if (c == 15) logp(1, "%s", m->called);
  if (c == 16) logp(1, "%s", m->called);
  if (c == 17) logp(1, "%s", m->called);
  if (c == 18) logp(1, "%s", m->called);
  if (c == 19) logp(1, "%s", m->called);
  if (c == 20) logp(1, "%s", m->called);
  if (c == 21) logp(1, "%s", m->called);
  if (c == 22) logp(1, "%s", m->called);
  if (c == 23) logp(1, "%s", m->called);
  if (c == 24) logp(1, "%s", m->called);
  if (c == 25) logp(1, "%s", m->called);
  if (c == 26) logp(1, "%s", m->called);
  if (c == 27) logp(1, "%s", m->called);
  if (c == 28) logp(1, "%s", m->called);
  if (c == 29) logp(1, "%s", m->called);
  if (c == 30) logp(1, "%s", m->called);
  if (c == 31) logp(1, "%s", m->called);
  if (c == 32) logp(1, "%s", m->called);
  if (c == 33) logp(1, "%s", m->called);
  if (c == 34) logp(1, "%s", m->called);
  if (c == 35) logp(1, "%s", m->called);
  if (c == 36) logp(1, "%s", m->called);
  if (c == 37) logp(1, "%s", m->called);
  if (c == 38) logp(1, "%s", m->called);
  if (c == 39) logp(1, "%s", m->called);
  // CONSENT: :[[@LINE-1]]:16: warning: traffic data 'm->called' is logged
}
// Without consent in the caller, every site is a finding: those the summary
// kept through the caller, the others here.
// CHECK-COUNT-40: warning: traffic data 'm->called' is logged

// With the consent, the sites the summary kept are lawful; the last ones are
// past the bound and reported without it.
void root(const struct msg *m, int c) {
#ifdef CONSENT
  if (has_consent(m))
#endif
    many(m, c);
}
