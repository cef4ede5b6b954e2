// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// In C++ a consent check must return bool: its true branch is where consent
// holds. It also needs a purpose string.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") int consent_code(int subscriber);
// CHECK: :[[@LINE-1]]:1: warning: consent check 'consent_code' returns 'int'; a consent check must return bool (true: consent is recorded) [privacy-annotations]
PRIVACY_CONSENT_CHECK("marketing") void record_consent(int subscriber);
// CHECK: :[[@LINE-1]]:1: warning: consent check 'record_consent' returns 'void'; a consent check must return bool (true: consent is recorded) [privacy-annotations]
struct ConsentRecord {
  PRIVACY_CONSENT_CHECK("marketing") const char *status() const;
  // CHECK: :[[@LINE-1]]:3: warning: consent check 'status' returns 'const char *'; a consent check must return bool (true: consent is recorded) [privacy-annotations]
  PRIVACY_CONSENT_CHECK("marketing") bool granted() const;
};

__attribute__((annotate("privacy:consent"))) bool unspecified(int subscriber);
// CHECK: :[[@LINE-1]]:16: warning: PRIVACY_CONSENT_CHECK needs a purpose string [privacy-annotations]
__attribute__((annotate("privacy:consent", 3))) bool numbered(int subscriber);
// CHECK: :[[@LINE-1]]:16: warning: PRIVACY_CONSENT_CHECK needs a purpose string [privacy-annotations]

PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);
using Verdict = bool;
PRIVACY_CONSENT_CHECK("statistics") Verdict may_count(int subscriber);
