// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/coverage-model.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// Without the model these are reported too (NOMODEL).
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,NOMODEL --implicit-check-not='{{warning|error}}:'

// What a model file describes counts as annotated: no suggestion for it.
#include <string>

namespace vendor {
struct Ue {
  std::string imsi;   // modelled
  // NOMODEL: :[[@LINE-1]]:15: warning: field 'imsi' looks like
  std::string msisdn; // not modelled
  // CHECK: :[[@LINE-1]]:15: warning: field 'msisdn' looks like
};
struct CellGlobalId {
  int mcc, mnc;
  long nci;
};
// NOMODEL: :[[@LINE-4]]:8: warning: struct 'CellGlobalId' looks like
std::string serving_msisdn(int ue_index);
// NOMODEL: :[[@LINE-1]]:13: warning: function 'serving_msisdn' looks like
void page(const std::string &imsi, int paging_cycle);
// NOMODEL: :[[@LINE-1]]:30: warning: parameter 'imsi' looks like
void notify(const std::string &supi); // modelled by name
// NOMODEL: :[[@LINE-1]]:32: warning: parameter 'supi' looks like
} // namespace vendor
namespace other {
void notify(const std::string &supi); // another namespace
// CHECK: :[[@LINE-1]]:32: warning: parameter 'supi' looks like
} // namespace other

// The C struct names inside a namespace: vendor::emm_ctx_t::imsi (typedef
// of an anonymous struct), vendor::ue_t::imei (typedef of a tagged one),
// vendor::Cell::tai (member of an anonymous union).
namespace vendor {
typedef struct {
  unsigned long imsi;
  // NOMODEL: :[[@LINE-1]]:17: warning: field 'imsi'
  unsigned long imei; // not modelled
  // CHECK: :[[@LINE-1]]:17: warning: field 'imei'
} emm_ctx_t;
typedef struct ue_s {
  char imei[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imei'
} ue_t;
struct Cell {
  union {
    unsigned tai;
    // NOMODEL: :[[@LINE-1]]:14: warning: field 'tai'
    unsigned raw;
  };
};
// A pointer typedef names its struct: vendor::ue_ref_t::imsi.
typedef struct {
  char imsi[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imsi'
  char msisdn[16]; // not modelled
  // CHECK: :[[@LINE-1]]:8: warning: field 'msisdn'
} *ue_ref_t;
// A `types` entry by a tagged struct's typedef covers the struct's fields.
typedef struct auth_vec_s {
  char imsi[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imsi'
} auth_vec_t;
// paramTypes: only the overload they describe.
void locate(int cause, const std::string &imsi);
// NOMODEL: :[[@LINE-1]]:43: warning: parameter 'imsi'
void locate(long cause, const std::string &imsi);
// CHECK: :[[@LINE-1]]:44: warning: parameter 'imsi'
} // namespace vendor
namespace other {
typedef struct {
  unsigned long imsi; // another namespace
  // CHECK: :[[@LINE-1]]:17: warning: field 'imsi'
} emm_ctx_t;
} // namespace other
