// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {DisabledModels: 'iostream'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOIOS --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {DisabledModels: 'iostream;libc-stdio'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NONE --allow-empty --implicit-check-not='{{warning|error}}:'

// NONE-NOT: warning:

// DisabledModels turns shipped models off by name: without 'iostream',
// std::cout is no longer a log; printf (libc-stdio) still is.

#include <privacy/annotations.h>
#include <cstdio>
#include <iostream>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
};

void dump(const Subscriber &s) {
  std::cout << s.imsi << '\n';
  // DEFAULT: :[[@LINE-1]]:13: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  printf("%s\n", s.imsi.c_str());
  // DEFAULT: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
  // NOIOS: :[[@LINE-2]]:3: warning: subscriber identifier 's.imsi' is logged
}
