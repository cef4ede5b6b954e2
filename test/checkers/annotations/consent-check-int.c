// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c11 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C code often returns int for a yes/no answer: any integer type is accepted
// as a consent check's result there; a pointer or floating type is not.

#include <privacy/annotations.h>
#include <stdbool.h>

PRIVACY_CONSENT_CHECK("marketing") int has_consent(int subscriber);
PRIVACY_CONSENT_CHECK("marketing") bool has_consent_b(int subscriber);
PRIVACY_CONSENT_CHECK("marketing") unsigned char has_consent_u8(int subscriber);

PRIVACY_CONSENT_CHECK("marketing") const char *consent_text(int subscriber);
// CHECK: :[[@LINE-1]]:1: warning: consent check 'consent_text' returns 'const char *'; a consent check must return bool (true: consent is recorded) [privacy-annotations]
PRIVACY_CONSENT_CHECK("marketing") double consent_score(int subscriber);
// CHECK: :[[@LINE-1]]:1: warning: consent check 'consent_score' returns 'double'; a consent check must return bool (true: consent is recorded) [privacy-annotations]
