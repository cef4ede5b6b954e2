// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/c-struct-names.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C struct names as users read them: fields of an unnamed struct by its
// typedef name, of a tagged struct by its tag or its typedef, and of an
// unnamed struct member by the member's name.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_u64(unsigned long long v);

typedef struct {
  unsigned long long imsi;
  unsigned long long guti;
} emm_ctx_t;

typedef struct ue_s {
  unsigned long long msisdn;
  struct {
    unsigned tai;
    unsigned count;
  } saved;
} ue_t;

void f(const emm_ctx_t *e, const struct ue_s *u, const ue_t *v) {
  log_u64(e->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'e->imsi' is logged
  log_u64(u->msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->msisdn' is logged
  log_u64(v->saved.tai);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'v->saved.tai' is logged
  log_u64(e->guti);        // not modelled
  log_u64(v->saved.count); // not modelled
}

// Strict mode knows these names too: no "matches nothing" for them.
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/c-struct-names.json', StrictModels: true}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 | FileCheck %s --check-prefix=STRICT
// STRICT: warning: model {{.*}}c-struct-names.json:7: 'ns::sess_t::supi' matches nothing in this translation unit
// STRICT-NOT: matches nothing
