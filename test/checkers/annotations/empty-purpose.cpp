// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An empty purpose matches nothing and documents nothing.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("") bool has_consent(int subscriber);
// CHECK: :[[@LINE-1]]:1: warning: the purpose of a consent check must not be empty [privacy-annotations]
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("") void send(long value);
// CHECK: :[[@LINE-1]]:21: warning: the purpose of a sink must not be empty [privacy-annotations]
PRIVACY_EXPORT_SINK __attribute__((annotate("privacy:purpose")))
void push(long value);
// CHECK: :[[@LINE-2]]:36: warning: PRIVACY_PURPOSE needs a purpose string [privacy-annotations]

PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(int subscriber);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing") void send_offer(long value);
