// The fix-it inserts the annotation macro where the header documents it;
// the fixed file compiles cleanly and the check is then silent, except where
// no safe fix-it exists (one specifier list shared by several declarators, a
// type defined in the declaration, a name spelled as a macro argument).
// RUN: cp %s %t.cpp
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --fix %t.cpp -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=MSG --implicit-check-not='{{warning|error}}:'
// RUN: FileCheck %s --check-prefix=FIXED --input-file=%t.cpp
// RUN: %clangxx -fsyntax-only -Werror -Wall -Wno-unused -std=c++17 %test_flags %t.cpp
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %t.cpp -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not='{{warning|error}}:'

#include "privacy/annotations.h"

#include <stdint.h>
#include <string>

struct Ue {
  // MSG: :[[@LINE+2]]:12: warning: field 'imsi' {{.*}} PRIVACY_SUBSCRIBER_ID
  // FIXED: {{^}}  PRIVACY_SUBSCRIBER_ID uint64_t imsi;{{$}}
  uint64_t imsi;
  // MSG: :[[@LINE+2]]:44: warning: field 'msisdn'
  // FIXED: {{^}}  PRIVACY_SUBSCRIBER_ID const volatile unsigned long long *const msisdn;{{$}}
  const volatile unsigned long long *const msisdn;
  // MSG: :[[@LINE+2]]:22: warning: variable 'last_guti'
  // FIXED: {{^}}  PRIVACY_SUBSCRIBER_ID static std::string last_guti;{{$}}
  static std::string last_guti;
  // One specifier list for two declarators: annotating it would annotate
  // both, so there is no fix-it.
  // MSG: :[[@LINE+2]]:12: warning: field 'tai'
  // AFTER: :[[@LINE+1]]:12: warning: field 'tai'
  uint32_t tai, unrelated;
  // The same with the data declarator second.
  // MSG: :[[@LINE+2]]:19: warning: field 'lac'
  // AFTER: :[[@LINE+1]]:19: warning: field 'lac'
  uint32_t spare, lac;
};

// And at file scope, among many declarations.
// MSG: :[[@LINE+2]]:17: warning: variable 'last_imsi'
// AFTER: :[[@LINE+1]]:17: warning: variable 'last_imsi'
uint64_t total, last_imsi;

// MSG: :[[@LINE+2]]:8: warning: struct 'CellGlobalId' {{.*}} PRIVACY_LOCATION_DATA
// FIXED: {{^}}struct PRIVACY_LOCATION_DATA CellGlobalId {{[{]}}{{$}}
struct CellGlobalId {
  uint32_t cell;
};
// MSG: :[[@LINE+2]]:23: warning: struct 'CallRecord' {{.*}} PRIVACY_TRAFFIC_DATA
// FIXED: {{^}}struct {{\[\[}}deprecated]] PRIVACY_TRAFFIC_DATA CallRecord {{[{]}}{{$}}
struct [[deprecated]] CallRecord {
  int a;
};
// MSG: :[[@LINE+2]]:18: warning: typedef 'imsi_t'
// FIXED: {{^}}typedef PRIVACY_SUBSCRIBER_ID uint64_t imsi_t;{{$}}
typedef uint64_t imsi_t;
// The attribute is dropped after the '=' of an alias, so it goes after the
// name.
// MSG: :[[@LINE+2]]:7: warning: type alias 'Msisdn'
// FIXED: {{^}}using Msisdn PRIVACY_SUBSCRIBER_ID = std::string;{{$}}
using Msisdn = std::string;
// MSG: :[[@LINE+4]]:3: warning: typedef 'ncgi_t'
// FIXED: {{^}}typedef PRIVACY_LOCATION_DATA struct {{[{]}}{{$}}
typedef struct {
  uint64_t nci;
} ncgi_t;

// Before the storage class and after standard attributes.
// MSG: :[[@LINE+2]]:38: warning: function 'current_imsi' {{.*}} returns a subscriber identifier
// FIXED: {{^}}{{\[\[}}nodiscard]] PRIVACY_SUBSCRIBER_ID static inline uint64_t current_imsi() {{[{]}} return 0; }{{$}}
[[nodiscard]] static inline uint64_t current_imsi() { return 0; }
// MSG: :[[@LINE+2]]:25: warning: function 'read_msisdn'
// FIXED: {{^}}template <typename T> PRIVACY_SUBSCRIBER_ID T read_msisdn();{{$}}
template <typename T> T read_msisdn();
// MSG: :[[@LINE+2]]:21: warning: variable 'c_supi'
// FIXED: {{^}}extern "C" PRIVACY_SUBSCRIBER_ID uint64_t c_supi;{{$}}
extern "C" uint64_t c_supi;
// MSG: :[[@LINE+3]]:26: warning: parameter 'smsText'
// MSG: :[[@LINE+2]]:44: warning: parameter 'lac'
// FIXED: {{^}}void deliver(PRIVACY_COMMUNICATION_CONTENT const char *smsText, PRIVACY_LOCATION_DATA uint16_t lac);{{$}}
void deliver(const char *smsText, uint16_t lac);

// A type defined in the declaration: no fix-it.
// MSG: :[[@LINE+2]]:19: warning: variable 'cell_id'
// AFTER: :[[@LINE+1]]:19: warning: variable 'cell_id'
struct { int x; } cell_id;

// A name spelled as a macro argument is reported, without a fix-it.
#define FIELD(type, name) type name
struct Wrapped {
  // MSG: :[[@LINE+2]]:19: warning: field 'imei'
  // AFTER: :[[@LINE+1]]:19: warning: field 'imei'
  FIELD(uint64_t, imei);
};
