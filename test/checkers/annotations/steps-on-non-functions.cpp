// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Steps describe what a function does to its arguments; on a variable,
// field or parameter they have no effect. Sinks belong on functions, their
// parameters or variables, not on types.

#include <privacy/annotations.h>

PRIVACY_ANONYMIZER long anonymous_count;
// CHECK: :[[@LINE-1]]:1: warning: PRIVACY_ANONYMIZER, PRIVACY_PSEUDONYMIZER and PRIVACY_CONSENT_CHECK belong on functions; on 'anonymous_count' they have no effect [privacy-annotations]

struct Subscriber {
  PRIVACY_PSEUDONYMIZER long token;
  // CHECK: :[[@LINE-1]]:3: warning: PRIVACY_ANONYMIZER, PRIVACY_PSEUDONYMIZER and PRIVACY_CONSENT_CHECK belong on functions; on 'token' they have no effect [privacy-annotations]
  PRIVACY_CONSENT_CHECK("marketing") bool opted_in;
  // CHECK: :[[@LINE-1]]:3: warning: PRIVACY_ANONYMIZER, PRIVACY_PSEUDONYMIZER and PRIVACY_CONSENT_CHECK belong on functions; on 'opted_in' they have no effect [privacy-annotations]
};

void report(PRIVACY_ANONYMIZER long total);
// CHECK: :[[@LINE-1]]:13: warning: PRIVACY_ANONYMIZER, PRIVACY_PSEUDONYMIZER and PRIVACY_CONSENT_CHECK belong on functions; on 'total' they have no effect [privacy-annotations]

struct PRIVACY_LOG_SINK Logger {};
// CHECK: :[[@LINE-1]]:8: warning: sink annotations belong on functions, their parameters or variables; on 'Logger' they have no effect [privacy-annotations]

// A sink on a parameter or a function-pointer variable is meaningful.
void trace(int level, PRIVACY_LOG_SINK const char *text);
PRIVACY_LOG_SINK void (*log_hook)(const char *text);
