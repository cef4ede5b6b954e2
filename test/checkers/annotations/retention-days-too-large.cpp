// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A retention period above what a 64-bit count of days holds is "too
// large", not "negative": an unsigned value must not wrap around.

#include <privacy/annotations.h>

PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(18446744073709551615ULL) void keep_max_unsigned(long value);
// CHECK: :[[@LINE-1]]:21: warning: retention period is too large (got 18446744073709551615 days; at most 9223372036854775807) [privacy-annotations]
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(9223372036854775808ULL) void keep_just_over(long value);
// CHECK: :[[@LINE-1]]:21: warning: retention period is too large (got 9223372036854775808 days; at most 9223372036854775807) [privacy-annotations]
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(-2) void keep_negative(long value);
// CHECK: :[[@LINE-1]]:21: warning: retention period must not be negative (got -2 days) [privacy-annotations]

// The largest representable period is accepted.
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(9223372036854775807LL) void keep_longest(long value);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(9223372036854775807ULL) void keep_longest_unsigned(long value);
