// Without a header filter and a SARIF log, clang-tidy shows only the main
// file's findings, and the engine analyses only what they depend on:
// the main file's functions, what they reach (also through default member
// initializers), and functions that name a project global. Same findings as the full analysis, which a header filter that
// matches nothing forces.
// (--header-filter= is no filter: clang-tidy 22's default is '.*'.)
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter= %s -- -std=c++20 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter='^NO_SUCH_HEADER$' %s \
// RUN:   -- -std=c++20 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
//
// A header filter that shows the header, or a SARIF log (project-wide, with
// header code), needs every function: the dead dump() is reported too.
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter='session_lib' %s \
// RUN:   -- -std=c++20 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefix=HEADER --implicit-check-not='{{warning|error}}:'
// RUN: rm -rf %t && %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -std=c++20 %test_flags -I%S/Inputs > /dev/null 2>&1
// RUN: %python %S/Inputs/sarif_results.py %t/*.sarif | FileCheck %s --check-prefix=SARIF
// SARIF: main-file-only.cpp:{{[0-9]+}} privacy-logging
// SARIF-NEXT: main-file-only.cpp:{{[0-9]+}} privacy-logging
// SARIF-NEXT: session_lib.h:26 privacy-logging
// SARIF-NEXT: shown_lib.h:13 privacy-logging
// SARIF-NOT: privacy-logging
//
// A header filter that shows one header but not the other: the shown one's
// dead function is analysed and reported, the hidden one's is not (and
// remember(), which stores into a global the main file reads, still is).
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter='shown_lib' %s \
// RUN:   -- -std=c++20 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHOWN --implicit-check-not='{{warning|error}}:'
// So does an exclusion of the other header from a filter that matches both.
// RUN: %clang_tidy --checks='-*,privacy-logging' --header-filter='_lib' \
// RUN:   --exclude-header-filter='session_lib' %s -- -std=c++20 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,SHOWN --implicit-check-not='{{warning|error}}:'
// SHOWN: shown_lib.h:13:55: warning: subscriber identifier 'c->msisdn' is logged
// clang-tidy sorts its findings by file name: the headers (Inputs/) first.
// HEADER: session_lib.h:26:41: warning: subscriber identifier 's.imsi' is logged
#include "session_lib.h"
#include "shown_lib.h"

void greet(const Subscriber &s) {
  Session session{s};
  log_line(session.tag);
  // CHECK: main-file-only.cpp:[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
  // HEADER: main-file-only.cpp:[[@LINE-2]]:3: warning: subscriber identifier 's.imsi' is logged
}

void report() {
  log_line(last_imsi);
  // CHECK: main-file-only.cpp:[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
  // HEADER: main-file-only.cpp:[[@LINE-2]]:3: warning: subscriber identifier 's.imsi' is logged
}

// HEADER-NOT: shown_lib.h
