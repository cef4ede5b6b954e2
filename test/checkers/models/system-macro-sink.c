// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/system-macro/model.json'}}" \
// RUN:   -- %test_flags -isystem %S/Inputs/system-macro/sys -I%S/Inputs/system-macro/usr 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A log sink called inside a macro of a header that clang counts as a
// system header is reported at the macro's use; clang would drop a warning
// located in a system macro (docs/evaluation.md, osmo-hlr cause C3).

#include <lib.h>
#include "msg.h"

void through_macro(const struct msg *m) {
  LOGP("IMSI %s", m->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  LOGP("type %d", m->type);
}

void direct(const struct msg *m) {
  logp2(0, 1, 0, 0, 0, "IMSI %s", m->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}
