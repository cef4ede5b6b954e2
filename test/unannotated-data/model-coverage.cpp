// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/coverage-model.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOMODEL

// What a model file describes counts as annotated: no suggestion for it.
#include <string>

namespace vendor {
struct Ue {
  std::string imsi;   // modelled
  std::string msisdn; // not modelled
  // CHECK: :[[@LINE-1]]:15: warning: field 'msisdn' looks like
};
// NOMODEL-DAG: :[[@LINE-4]]:15: warning: field 'imsi' looks like
struct CellGlobalId {
  int mcc, mnc;
  long nci;
};
// NOMODEL-DAG: :[[@LINE-4]]:8: warning: struct 'CellGlobalId' looks like
std::string serving_msisdn(int ue_index);
// NOMODEL-DAG: :[[@LINE-1]]:13: warning: function 'serving_msisdn' looks like
void page(const std::string &imsi, int paging_cycle);
// NOMODEL-DAG: :[[@LINE-1]]:30: warning: parameter 'imsi' looks like
void notify(const std::string &supi); // modelled by name
// NOMODEL-DAG: :[[@LINE-1]]:32: warning: parameter 'supi' looks like
} // namespace vendor
namespace other {
void notify(const std::string &supi); // another namespace
// CHECK: :[[@LINE-1]]:32: warning: parameter 'supi' looks like
} // namespace other
