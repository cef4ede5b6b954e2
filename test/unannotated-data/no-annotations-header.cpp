// Without privacy/annotations.h the macro would not compile: the findings
// come without a fix-it and --fix leaves the file alone.
// RUN: cp %s %t.cpp
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --fix %t.cpp -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: diff %s %t.cpp

#include <stdint.h>

struct Ue {
  // CHECK: :[[@LINE+1]]:12: warning: field 'imsi' looks like a subscriber identifier (IMSI) but has no privacy annotation; annotate it with PRIVACY_SUBSCRIBER_ID or add it to a model file [privacy-unannotated-data]
  uint64_t imsi;
  uint32_t imsi_len;
};
