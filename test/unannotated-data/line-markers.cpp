// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --header-filter='^$' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Line markers make part of the main file an included header: whether a
// declaration is shown is decided per declaration in such a file, not
// cached for the whole file. The twin in the other language is
// line-markers.c.

struct before { char imsi[16]; };
// CHECK: :[[@LINE-1]]:22: warning: field 'imsi' looks like a subscriber identifier (IMSI)
# 1 "vendor/fake.h" 1
struct hidden { char imsi[16]; };
# 14 "line-markers.cpp" 2
struct after { char msisdn[16]; };
// CHECK: :[[@LINE-1]]:21: warning: field 'msisdn' looks like a subscriber identifier (MSISDN)
