// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 \
// RUN:   -isystem %S/Inputs/system-macro/sys -I %S/Inputs/system-macro/user %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A project's log macro whose header is first included from a system header
// is a system macro to clang, and clang-tidy drops diagnostics inside system
// macros: the finding is said where the macro is used (issue 10: LOGP calls
// of a real C code base vanished). The twin in the other language is system-macro.c.
#include <vendor.h>
#include "msg.h"

void f(const struct msg *m) {
  LOGP(0, 1, "%s", m->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  logp2(0, 1, "%s", m->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  LOGP(0, 1, "%d", m->len); // not personal: no finding
}
