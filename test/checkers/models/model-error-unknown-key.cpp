// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/unknown-key.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Every unknown key of a model file is an error at the key's place, listing
// the keys allowed there; the rest of the entry is still used.

// CHECK: error: {{.*}}Inputs{{[/\\]}}unknown-key.json:3:3: unknown key 'function' (expected one of: $schema, version, description, language, functions, types, fields, variables, parameters, locals, sinkObjects) [clang-tidy-config]
// CHECK: error: {{.*}}Inputs{{[/\\]}}unknown-key.json:5:52: unknown key 'argz' (expected one of: kind, args, purpose, retentionDays, when) [clang-tidy-config]
// CHECK: error: {{.*}}Inputs{{[/\\]}}unknown-key.json:6:30: unknown key 'retainSink' (expected one of: name, paramTypes, sink, consent, anonymizer, pseudonymizer, barrier, returns, paramCategories, propagate, returnsAlias, deletes, links, sql, comment) [clang-tidy-config]

#include <privacy/annotations.h>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();
void audit_line(const char *line);
void archive_line(const char *line);

void attach() {
  audit_line(current_imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
  archive_line(current_imsi());
}
