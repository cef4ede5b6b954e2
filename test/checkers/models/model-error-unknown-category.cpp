// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/unknown-category.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An unknown data category is an error at the value's place, listing the
// categories; the entry is not used.

// CHECK: error: {{.*}}Inputs{{[/\\]}}unknown-category.json:4:41: unknown category 'traffik' (expected traffic, location, subscriber_id, content or personal) [clang-tidy-config]
// CHECK: error: {{.*}}Inputs{{[/\\]}}unknown-category.json:7:53: unknown category 'imsi' (expected traffic, location, subscriber_id, content or personal) [clang-tidy-config]

#include <cstdio>

struct Cdr {
  const char *called;
};
const char *lookup_imsi(const char *msisdn);

void dump(const Cdr &cdr) {
  printf("%s %s\n", cdr.called, lookup_imsi(cdr.called));
}
