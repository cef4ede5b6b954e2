// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-matching.json', StrictModels: true}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// StrictModels names an entry exactly when the analysis applies it to no
// declaration of the translation unit: as the engine matches names (a
// field by its struct's typedef, regular expressions), a function entry
// only where its paramTypes match the types as the first declaration
// writes them and no later entry for the same function wins. An entry that
// later ones override wherever its name matches is named as overridden,
// with the entry that wins.
//
// The configuration warnings come first, in clang-tidy's order (by their
// text: line 10 before line 5), then the findings by place; a warning not
// listed, or one missing, fails.
// CHECK: warning: model {{.*}}strict-matching.json:10: function 're:hlr_(total|sum)' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching.json:14: 'ue_t::tai' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching.json:16: 're:ue_t::(ecgi|cgi)' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching.json:20: 'g_count' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching.json:5: function 'set_cell' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching.json:6: function 'set_cell' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching.json:7: function 'lookup' is overridden by model {{.*}}strict-matching.json:8 in this translation unit (the last matching entry wins) [clang-tidy-config]
#include <privacy/annotations.h>

typedef unsigned int u32;
typedef struct ue_s {
  char imsi[16];
  unsigned cell;
} ue_t;

ue_t g_ue;
char g_msisdn[16];

void set_cell(ue_t *u, u32 cell);
void set_cell(ue_t *u, unsigned int cell) { u->cell = cell; }
// set_cell: line 4 applies (`u32`, as the first declaration writes it);
// line 5 (`unsigned int`) and line 6 (one `int`) match nothing.

const char *lookup(unsigned id);
// Line 7 is overridden by line 8 (a barrier): named as overridden.

unsigned hlr_count(void);

PRIVACY_LOG_SINK void log_str(const char *s);
PRIVACY_LOG_SINK void log_u(unsigned v);

// What the analysis applies: the fields' entries; `lookup` is a barrier.
void show(void) {
  log_str(g_ue.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g_ue.imsi' is logged
  log_u(g_ue.cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'g_ue.cell' is logged
  log_str(g_msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g_msisdn' is logged
  log_str(lookup(1));
}

// Fields: the typedef name and a regular expression over the tag (lines 14,
// 16 and the variable on line 20 match nothing).
