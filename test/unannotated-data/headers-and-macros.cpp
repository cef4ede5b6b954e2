// Headers and macros: project headers follow --header-filter, system headers
// are skipped (IgnoreSystemHeaders), names from macro bodies outside the main
// file and pasted names are skipped (IgnoreMacros).
// (--header-filter= is no filter: clang-tidy 22's default is '.*'.)
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --header-filter= %s -- -std=c++17 %test_flags -I %S/Inputs -isystem %S/Inputs/system 2>&1 | FileCheck %s --check-prefixes=MAIN,DEFAULT --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --header-filter='ue_context' %s -- -std=c++17 %test_flags -I %S/Inputs -isystem %S/Inputs/system 2>&1 | FileCheck %s --check-prefixes=MAIN,DEFAULT,HEADER --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --header-filter='.*' --system-headers \
// RUN:   --config="{CheckOptions: {privacy-unannotated-data.IgnoreSystemHeaders: false, privacy-unannotated-data.IgnoreMacros: false}}" \
// RUN:   %s -- -std=c++17 %test_flags -I %S/Inputs -isystem %S/Inputs/system 2>&1 | FileCheck %s --check-prefixes=MAIN,HEADER,ALL --implicit-check-not='{{warning|error}}:'

// Diagnostics come sorted by file name: the vendor SDK, the project header,
// then this file.
// ALL: vendor_sdk.h:6:12: warning: field 'vendor_imsi'
// ALL: vendor_sdk.h:8:10: warning: function 'vendor_get_msisdn'
// ALL: vendor_sdk.h:9:18: warning: typedef 'vendor_imsi_t'
// HEADER: ue_context.h:6:12: warning: field 'stored_imsi'
#include "ue_context.h"
#include <vendor_sdk.h>

#define PASTED(prefix) uint64_t prefix##_imsi;
#define AS_ARGUMENT(name) uint64_t name;
#define LOCAL_BODY uint64_t local_body_msisdn;

struct Main {
  // MAIN: :[[@LINE+1]]:12: warning: field 'main_imsi'
  uint64_t main_imsi;
  // The type comes from the vendor SDK, the field is the user's.
  // With IgnoreSystemHeaders=false the typedef itself is reported instead.
  // DEFAULT: :[[@LINE+1]]:17: warning: field 'current' has type 'vendor_imsi_t', which looks like a subscriber identifier (IMSI)
  vendor_imsi_t current;
  struct vendor_session session;
  PASTED(pasted)
  // MAIN: :[[@LINE+1]]:15: warning: field 'argument_imsi'
  AS_ARGUMENT(argument_imsi)
  // MAIN: :[[@LINE+1]]:3: warning: field 'local_body_msisdn'
  LOCAL_BODY
  // A macro body from a header: only with IgnoreMacros=false.
  // ALL: :[[@LINE+1]]:3: warning: field 'serving_cell_id'
  DECLARE_SERVING_CELL
};
