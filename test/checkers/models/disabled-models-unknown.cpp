// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {DisabledModels: 'iostreams'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A DisabledModels entry that names no shipped model is a configuration
// error (a typo would otherwise leave the model silently on); the shipped
// models all stay on.

// CHECK: error: {{.*}}'iostreams'{{.*}} [clang-tidy-config]

#include <privacy/annotations.h>
#include <iostream>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
};

void dump(const Subscriber &s) {
  std::cout << s.imsi << '\n';
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 's.imsi' is logged
}
