// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/wrong-shapes.json'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='error:'
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/wrong-shapes-more.json'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --check-prefix=MORE --implicit-check-not='error:'

// Values of the wrong JSON type anywhere in a model file are errors with
// their place, never a crash, and one error each: a value that is no
// object is not also said to lack its members.
// Errors without a source location come sorted by their text (1:100
// before 1:58).
// CHECK: error: {{.*}}wrong-shapes.json:1:100: expected an object [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:131: expected an object [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:147: each entry must be an object [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:180: expected a name [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:191: 'sink' must be an object [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:58: expected an object [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:70: expected an argument index >= 0 or "this" [clang-tidy-config]

// A consent, a sink's `when`, a link and a deletion of the wrong type.
// MORE: error: {{.*}}wrong-shapes-more.json:2:28: expected an object [clang-tidy-config]
// MORE-NEXT: error: {{.*}}wrong-shapes-more.json:3:36: expected an object [clang-tidy-config]
// MORE-NEXT: error: {{.*}}wrong-shapes-more.json:4:14: expected an object [clang-tidy-config]
// MORE-NEXT: error: {{.*}}wrong-shapes-more.json:5:15: expected an argument index >= 0 or "this" [clang-tidy-config]
void f(int);
