// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/c-struct-names.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The same names in C++, inside a namespace.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_u64(unsigned long long v);

namespace ns {
typedef struct {
  unsigned long long supi;
  unsigned long long pdu_id;
} sess_t;
} // namespace ns

typedef struct ue_s {
  unsigned long long msisdn;
} ue_t;

void f(const ns::sess_t &s, const ue_t &u) {
  log_u64(s.supi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.supi' is logged
  log_u64(u.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u.msisdn' is logged
  log_u64(s.pdu_id); // not modelled
}
