// RUN: not %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/bad-sql.json'}}" \
// RUN:   -- -std=c11 2>&1 | FileCheck %s --implicit-check-not='error:'

// A malformed "sql" is an error at its place (JSON line:column); the valid
// entry ('ok') loads without one.
// CHECK: error: {{.*}}bad-sql.json:2:52: 'sql' must be one of {"text", "prepares"}, {"text", "values"}, {"statement", "parameter"} or {"statement", "indexOfName"} [clang-tidy-config]
// CHECK: error: {{.*}}bad-sql.json:3:52: 'sql' must be one of
// CHECK: error: {{.*}}bad-sql.json:4:82: expected an argument index >= 0 or "this" [clang-tidy-config]
// CHECK: error: {{.*}}bad-sql.json:5:85: unknown key 'name' (expected one of: text, prepares, statement, parameter, values, indexOfName) [clang-tidy-config]
// CHECK: error: {{.*}}bad-sql.json:6:24: 'sql' with 'values' describes what a sink stores: the entry needs a 'sink' [clang-tidy-config]
// CHECK: error: {{.*}}bad-sql.json:7:24: expected an object [clang-tidy-config]
// CHECK: error: {{.*}}bad-sql.json:8:52: 'sql' must be one of
void f(int);
