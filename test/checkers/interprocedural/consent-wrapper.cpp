// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function that returns the result of an annotated consent check is itself
// a consent check for the same purpose; one that may return true without it
// is not.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_LOCATION_DATA std::string cell;
  bool opted_in;
};
PRIVACY_CONSENT_CHECK("profiling") bool consent_db_has(const Sub &, const char *);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("profiling") void send_profile(const std::string &);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing") void send_offer(const std::string &);

bool may_profile(const Sub &s) { return consent_db_has(s, "profiling"); }
bool may_profile_twice(const Sub &s) {
  if (!s.opted_in)
    return false;
  return may_profile(s);
}
// Its negation: false exactly when consent is recorded.
bool refused(const Sub &s) { return !consent_db_has(s, "profiling"); }
// Not a consent check: true on a path that never asked.
bool maybe(const Sub &s) { return s.opted_in || consent_db_has(s, "profiling"); }

void use(const Sub &s) {
  if (may_profile(s))
    send_profile(s.cell);
  if (may_profile_twice(s))
    send_profile(s.cell);
  if (!refused(s))
    send_profile(s.cell);
  if (!may_profile(s))
    return;
  send_profile(s.cell);
}

void wrong(const Sub &s) {
  if (refused(s))
    send_profile(s.cell);
  // CHECK: :[[@LINE-1]]:5: warning: location data 's.cell' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  if (maybe(s))
    send_profile(s.cell);
  // CHECK: :[[@LINE-1]]:5: warning: location data 's.cell' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  if (may_profile(s))
    send_offer(s.cell);
  // CHECK: :[[@LINE-1]]:5: warning: location data 's.cell' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:7: note: consent check 'may_profile()' records consent for purpose 'profiling', but the sink's purpose is 'marketing'
}
