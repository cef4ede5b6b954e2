// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/bad-name.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='error:'

// A file is validated completely: an entry whose name is bad still has its
// other errors reported (ten in all, each once).

// CHECK: 10 errors generated.

// clang-tidy prints errors without a source location sorted by their text
// (so line 10 comes before line 3).
// CHECK: error: {{.*}}bad-name.json:10:{{[0-9]+}}: 'purpose' must be a non-empty string [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:10:5: a sink object names exactly one of 'variable', 'type' or 'call' [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:3:14: invalid regular expression '(': {{.*}} [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:3:{{[0-9]+}}: sink 'kind' must be {{.*}} [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:3:{{[0-9]+}}: 'purpose' must be a non-empty string [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:3:{{[0-9]+}}: unknown key 'colour' {{.*}} [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:4:14: empty name [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:4:{{[0-9]+}}: unknown category 'shoe-size' {{.*}} [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:7:14: expected a string [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}bad-name.json:7:{{[0-9]+}}: unknown category 'hat-size' {{.*}} [clang-tidy-config]

void f(int);
