// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/wrong-shapes.json'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s

// Values of the wrong JSON type anywhere in a model file are errors with
// their place, never a crash.
// Errors without a source location come sorted by their text (1:100
// before 1:58).
// CHECK: error: {{.*}}wrong-shapes.json:1:100: missing string 'category' [clang-tidy-config]
// CHECK: error: {{.*}}wrong-shapes.json:1:147: each entry must be an object [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:180: expected a name [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}wrong-shapes.json:1:191: 'sink' must be an object [clang-tidy-config]
// CHECK: error: {{.*}}wrong-shapes.json:1:58: expected an object [clang-tidy-config]
void f(int);
