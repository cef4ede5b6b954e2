// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/pointer-typedef-cpp.json', StrictModels: true}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// A model warning has no location: clang-tidy prints it first.
// CHECK: warning: model {{.*}}pointer-typedef-cpp.json:6: 'ue_ptr_t::imsi' matches nothing in this translation unit [clang-tidy-config]

// C++: a struct known only through a pointer typedef is named by it in its
// namespace (`ns::ue_ptr_t::imsi`, not `ue_ptr_t::imsi`).
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_str(const char *s);
PRIVACY_LOG_SINK void log_u(unsigned v);

namespace ns {
typedef struct {
  char imsi[16];
  unsigned cell;
} *ue_ptr_t;

typedef struct {
  char digits[16];
  unsigned len;
} *num_ptr_t;
} // namespace ns

void show(ns::ue_ptr_t u, ns::num_ptr_t n) {
  log_str(u->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
  log_u(u->cell); // not modelled
  auto c = *n;
  log_str(c.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'c' is logged
  // CHECK: :[[@LINE-3]]:8: note: 'c' has type 'struct ns::(unnamed)', which is subscriber identifier
  log_u(c.len); // excluded
}
