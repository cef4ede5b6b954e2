// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/error-words.json;%S/Inputs/not-an-object.json', DisabledModels: 'nosuch'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='error:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/consent.json'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --check-prefix=GOOD --allow-empty --implicit-check-not='error:'
// GOOD-NOT: error:

// The words of a model file's problems (engine/Models.cpp finds them as
// facts, report/Messages words them), one a line of error-words.json, each
// at its place; a file that is no object and a disabled model that is not
// shipped (23 in all, no other). A valid model file has none.
// CHECK: 23 errors generated.
// Errors without a source location come sorted by their text (so line 10
// comes before line 2).
// CHECK: error: {{.*}}error-words.json:10:{{[0-9]+}}: expected a type string [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:11:{{[0-9]+}}: 'when' needs 'arg' (an index) and 'oneOf' (names of constants) [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:12:{{[0-9]+}}: missing 'arg' [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:13:{{[0-9]+}}: a propagation needs 'from' and 'to' [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:14:{{[0-9]+}}: 'paramCategories' must be an array [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:15:{{[0-9]+}}: 'propagate' must be an array [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:16:{{[0-9]+}}: 'at' must be a field path such as "imsi" or "id.digits" (at most 3 fields) [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:17:{{[0-9]+}}: sink 'kind' must be "log", "export" or "retain" [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:20:{{[0-9]+}}: 'excludeFields' must be an array of member names [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:21:{{[0-9]+}}: expected a member name [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:24:{{[0-9]+}}: missing 'sink' [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:26:{{[0-9]+}}: 'fields' must be an array [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:27:{{[0-9]+}}: invalid regular expression '(a)(b)(c)(d)(e)(f)(g)(h)(i)\9': a name pattern refers back to groups 1 to 8 only (\9 is used) [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:2:{{[0-9]+}}: unsupported model version (expected 1) [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:4:{{[0-9]+}}: expected an argument index >= 0 or "this" [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:5:{{[0-9]+}}: expected {"from": <index>} [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:5:{{[0-9]+}}: unknown key 'to' (expected one of: from) [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:6:{{[0-9]+}}: 'retentionDays' must be a whole number >= 0 [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:7:{{[0-9]+}}: 'consent' needs a non-empty 'purpose' [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:8:{{[0-9]+}}: 'barrier' must be true or false [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}error-words.json:9:{{[0-9]+}}: 'paramTypes' must be an array of strings [clang-tidy-config]
// CHECK-NEXT: error: {{.*}}not-an-object.json:1:1: a model file is a JSON object [clang-tidy-config]
// CHECK-NEXT: error: DisabledModels: 'nosuch' is no shipped model (shipped: common-accessors, fmt, {{.*}}, syslog) [clang-tidy-config]
void f(int);
