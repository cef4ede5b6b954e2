// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// PRIVACY_RETENTION_DAYS belongs on a retain sink, as a whole number >= 0,
// and every retain sink needs one.

#include <privacy/annotations.h>

PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(-1) void keep_negative(long value);
// CHECK: :[[@LINE-1]]:21: warning: retention period must not be negative (got -1 days) [privacy-annotations]
PRIVACY_RETAIN_SINK void keep_forever(long value);
// CHECK: :[[@LINE-1]]:1: warning: retention sink 'keep_forever' declares no retention period; add PRIVACY_RETENTION_DAYS(days) [privacy-annotations]
PRIVACY_LOG_SINK PRIVACY_RETENTION_DAYS(7) void log_line(long value);
// CHECK: :[[@LINE-1]]:1: warning: PRIVACY_RETENTION_DAYS on 'log_line' has no effect: it is not a retention sink [privacy-annotations]
PRIVACY_EXPORT_SINK PRIVACY_RETENTION_DAYS(7) void send(long value);
// CHECK: :[[@LINE-1]]:1: warning: PRIVACY_RETENTION_DAYS on 'send' has no effect: it is not a retention sink [privacy-annotations]
PRIVACY_RETAIN_SINK __attribute__((annotate("privacy:retention_days", "ten")))
void keep_text(long value);
// CHECK: :[[@LINE-2]]:36: warning: PRIVACY_RETENTION_DAYS needs a whole number of days [privacy-annotations]

// Reported where written, not again on a redeclaration that inherits it.
void keep_forever(long value);
void keep_forever(long value) {}

// Zero days and constant expressions are fine.
enum { Week = 7 };
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(0) void keep_none(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(Week * 26) void keep_half_year(long);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(180)
void keep_for_billing(long value);
