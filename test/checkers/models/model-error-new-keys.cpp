// RUN: not %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/bad-new-keys.json'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='error:'

// A malformed "deletes", "links" or propagation "at" is an error at its
// place; the valid entry ('e') loads without one.
// CHECK: error: {{.*}}bad-new-keys.json:2:28: expected an argument index >= 0 or "this" [clang-tidy-config]
// CHECK: error: {{.*}}bad-new-keys.json:3:28: 'deletes' needs 'object' (an argument position) [clang-tidy-config]
// CHECK: error: {{.*}}bad-new-keys.json:4:54: 'whenNull' must be an argument index >= 0 [clang-tidy-config]
// CHECK: error: {{.*}}bad-new-keys.json:5:42: unknown key 'ifNull' (expected one of: object, whenNull) [clang-tidy-config]
// CHECK: error: {{.*}}bad-new-keys.json:7:26: a link needs 'from' (the attached argument) and 'into' (its container) [clang-tidy-config]
// CHECK: error: {{.*}}bad-new-keys.json:8:36: expected an argument index >= 0 or "this" or "return" [clang-tidy-config]
// CHECK: error: {{.*}}bad-new-keys.json:9:65: 'at' must be a field path such as "imsi" or "id.digits" (at most 3 fields) [clang-tidy-config]
void f(int);
