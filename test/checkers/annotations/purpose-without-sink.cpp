// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// PRIVACY_PURPOSE and PRIVACY_RETENTION_DAYS describe a sink; without a sink
// annotation beside them the function is not a sink and they do nothing.

#include <privacy/annotations.h>

PRIVACY_PURPOSE("billing") void charge(long seconds);
// CHECK: :[[@LINE-1]]:1: warning: PRIVACY_PURPOSE and PRIVACY_RETENTION_DAYS on 'charge' have no effect without PRIVACY_LOG_SINK, PRIVACY_EXPORT_SINK or PRIVACY_RETAIN_SINK [privacy-annotations]
PRIVACY_RETENTION_DAYS(90) void archive(long seconds);
// CHECK: :[[@LINE-1]]:1: warning: PRIVACY_PURPOSE and PRIVACY_RETENTION_DAYS on 'archive' have no effect without PRIVACY_LOG_SINK, PRIVACY_EXPORT_SINK or PRIVACY_RETAIN_SINK [privacy-annotations]

PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("billing") void send_invoice(long seconds);
PRIVACY_LOG_SINK PRIVACY_PURPOSE("operations") void trace(long value);
