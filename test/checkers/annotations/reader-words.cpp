// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C++: the annotation reader's problems no other test shows, in their words
// (report/Messages: annotationReadMessage); the same annotations used as
// the header says are not reported.

#include <privacy/annotations.h>

struct table;
struct ue;

void table_set(PRIVACY_DELETES_WHEN_NULL(-1) struct table *t, void *value);
// CHECK: :[[@LINE-1]]:16: warning: PRIVACY_DELETES_WHEN_NULL needs the index (>= 0) of the argument that is a null pointer when the call deletes [privacy-annotations]
void table_put(PRIVACY_DELETES_WHEN_NULL(1) struct table *t, void *value);

void ue_fill(struct ue *u, PRIVACY_WRITTEN_AT(0, "a.b.c.d") const char *imsi);
// CHECK: :[[@LINE-1]]:28: warning: PRIVACY_WRITTEN_AT needs an argument index (>= 0) and a field path such as "imsi" or "id.digits" (at most 3 fields) [privacy-annotations]
void ue_set(struct ue *u, PRIVACY_WRITTEN_AT(0, "id.digits") const char *imsi);

PRIVACY_CONSENT_CHECK("billing") PRIVACY_CONSENT_CHECK("marketing")
bool may_bill(long imsi);
// CHECK: :[[@LINE-2]]:34: warning: conflicting consent purposes 'billing' and 'marketing': a consent check records consent for one purpose [privacy-annotations]
PRIVACY_CONSENT_CHECK("billing") bool may_charge(long imsi);
PRIVACY_CONSENT_CHECK("billing") bool may_charge(long imsi);

PRIVACY_LOG_SINK PRIVACY_EXPORT_SINK void trace_and_send(long value);
// CHECK: :[[@LINE-1]]:18: warning: conflicting sink annotations: a function is one kind of sink (log, export or retain); split it or choose one [privacy-annotations]
PRIVACY_LOG_SINK void trace(long value);
