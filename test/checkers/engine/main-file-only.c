// C: the engine analyses what the shown files' findings depend on (the main
// file, headers the header filter shows, their callees, and functions that
// name a global one of those names); the findings are those of the full
// analysis, which a SARIF log forces.
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter= %s -- %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter='shown_lib' %s -- %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHOWN --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter='_lib' %s -- %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHOWN,STATE --implicit-check-not='{{warning|error}}:'
// RUN: rm -rf %t && %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- %test_flags -I%S/Inputs > /dev/null 2>&1
// RUN: %python %S/Inputs/sarif_results.py %t/*.sarif | FileCheck %s --check-prefix=SARIF
// SARIF: c_state_lib.h:13 privacy-logging
// SARIF-NEXT: main-file-only.c:{{[0-9]+}} privacy-logging
// SARIF-NEXT: shown_lib.h:13 privacy-logging
// SARIF-NOT: privacy-logging
// clang-tidy sorts its findings by file name: the headers (Inputs/) first.
// STATE: c_state_lib.h:13:52: warning: subscriber identifier 's->imsi' is logged
// SHOWN: shown_lib.h:13:55: warning: subscriber identifier 'c->msisdn' is logged
#include "c_state_lib.h"

void report(void) {
  log_text(g_last);
  // CHECK: main-file-only.c:[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is logged
}

