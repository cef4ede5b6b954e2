// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -x c++ -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// PRIVACY_DELETES, PRIVACY_LINKS_INTO, PRIVACY_RETURNED_AT and
// PRIVACY_WRITTEN_AT where they mean nothing, or name an argument the
// function does not have. The correct uses at the end are not reported.
#include <privacy/annotations.h>

struct table;
struct node;

// CHECK: :[[@LINE+1]]:1: warning: PRIVACY_DELETES on 'table_clear' has no object to delete from; place it on the parameter the call deletes from [privacy-annotations]
PRIVACY_DELETES void table_clear(void);
// CHECK: :[[@LINE+1]]:16: warning: PRIVACY_DELETES_WHEN_NULL on 't' names argument 3, but 'table_set' has 3 parameters [privacy-annotations]
void table_set(PRIVACY_DELETES_WHEN_NULL(3) struct table *t, const char *key,
               void *value);
// CHECK: :[[@LINE+1]]:32: warning: PRIVACY_LINKS_INTO on 'n' names its own argument; name the container it is attached to [privacy-annotations]
void tree_add(struct table *t, PRIVACY_LINKS_INTO(1) struct node *n);
// CHECK: :[[@LINE+1]]:20: warning: PRIVACY_LINKS_INTO("this") on 'n': 'tree_add_this' is no method and has no object [privacy-annotations]
void tree_add_this(PRIVACY_LINKS_INTO("this") struct node *n);
// CHECK: :[[@LINE+1]]:1: warning: 'tree_put' returns void: PRIVACY_LINKS_INTO on a function describes its result [privacy-annotations]
PRIVACY_LINKS_INTO(0) void tree_put(struct table *t);
// CHECK: :[[@LINE+1]]:11: warning: 'fill' returns void: PRIVACY_RETURNED_AT describes its result [privacy-annotations]
void fill(PRIVACY_RETURNED_AT("imsi") char *out);
// CHECK: :[[@LINE+1]]:1: warning: PRIVACY_RETURNED_AT and PRIVACY_WRITTEN_AT belong on the parameter whose data the call puts into a field; on 'make' they have no effect [privacy-annotations]
PRIVACY_RETURNED_AT("imsi") struct node *make(const char *imsi);
// CHECK: :[[@LINE+1]]:22: warning: PRIVACY_WRITTEN_AT on 'imsi' names argument 2, but 'encode' has 2 parameters [privacy-annotations]
void encode(char *d, PRIVACY_WRITTEN_AT(2, "digits") const char *imsi);
// CHECK: :[[@LINE+1]]:23: warning: PRIVACY_WRITTEN_AT on 'imsi' names its own argument; name the argument its data is written into [privacy-annotations]
void encode2(char *d, PRIVACY_WRITTEN_AT(1, "digits") const char *imsi);
// CHECK: :[[@LINE+1]]:1: warning: PRIVACY_DELETES, PRIVACY_LINKS_INTO, PRIVACY_RETURNED_AT and PRIVACY_WRITTEN_AT belong on parameters and functions; on 'g_table' they have no effect [privacy-annotations]
PRIVACY_DELETES struct table *g_table;
// CHECK: :[[@LINE+1]]:23: warning: PRIVACY_RETURNED_AT needs a field path such as "imsi" or "id.digits" (at most 3 fields) [privacy-annotations]
struct node *make_bad(PRIVACY_RETURNED_AT("a..b") const char *imsi);
// CHECK: :[[@LINE+1]]:19: warning: PRIVACY_LINKS_INTO needs the container: an argument index (>= 0) or "this" [privacy-annotations]
void tree_add_bad(PRIVACY_LINKS_INTO("root") struct node *n);

// Correct.
void table_del(PRIVACY_DELETES struct table *t, const char *key);
void table_set2(PRIVACY_DELETES_WHEN_NULL(2) struct table *t, const char *key,
                void *value);
void tree_add2(struct table *t, PRIVACY_LINKS_INTO(0) struct node *n);
PRIVACY_LINKS_INTO(0) unsigned char *msgb_put(struct table *t, unsigned len);
struct node *make2(PRIVACY_RETURNED_AT("id.digits") const char *imsi);
void encode2(char *d, PRIVACY_WRITTEN_AT(0, "digits") const char *imsi);
