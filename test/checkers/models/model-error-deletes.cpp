// RUN: not %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/bad-deletes.json'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='error:'

// A malformed "deletes" is an error at its place; the valid entry ('e')
// loads without one.
// CHECK: error: {{.*}}bad-deletes.json:2:28: expected an argument index >= 0 or "this" [clang-tidy-config]
// CHECK: error: {{.*}}bad-deletes.json:3:28: 'deletes' needs 'object' (an argument position) [clang-tidy-config]
// CHECK: error: {{.*}}bad-deletes.json:4:54: 'whenNull' must be an argument index >= 0 [clang-tidy-config]
// CHECK: error: {{.*}}bad-deletes.json:5:42: unknown key 'ifNull' (expected one of: object, whenNull) [clang-tidy-config]
void f(int);
