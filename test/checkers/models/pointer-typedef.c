// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/pointer-typedef.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/pointer-typedef.json', StrictModels: true}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,STRICT --implicit-check-not='{{warning|error}}:'
// A model warning has no location: clang-tidy prints it first.
// STRICT: warning: model {{.*}}pointer-typedef.json:5: 'ue_ptr_t::tai' matches nothing in this translation unit [clang-tidy-config]

// A struct known only through a pointer typedef is named by it:
// `ue_ptr_t::imsi` names the field, `num_ptr_t` the type (and its
// excludeFields its members). A tagged struct goes by its pointer typedef
// too (`sess_ref::supi`).
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_str(const char *s);
PRIVACY_LOG_SINK void log_u(unsigned v);

typedef struct {
  char imsi[16];
  unsigned cell;
} *ue_ptr_t;

typedef struct {
  char digits[16];
  unsigned len;
} *num_ptr_t;

struct sess_s {
  char supi[20];
  char apn[20];
};
typedef struct sess_s *sess_ref;

void show(ue_ptr_t u, num_ptr_t n, sess_ref s) {
  log_str(u->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->imsi' is logged
  log_u(u->cell); // not modelled
  log_str(n->digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'n' is logged
  log_u(n->len); // excluded
  log_str(s->supi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->supi' is logged
  log_str(s->apn); // not modelled
}

// A struct with a typedef and a pointer typedef in one declaration goes by
// both names (and a repeated typedef is no other name).
typedef struct {
  char msisdn[16];
  char apn[16];
} subscr_t, *subscr_ptr_t;
typedef struct sess_s *sess_ref;

void by_either(const subscr_t *s) {
  log_str(s->msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's->msisdn' is logged
  log_str(s->apn); // not modelled
}

// The copy of the object is of the struct's type: still named by the
// pointer typedef.
void copy(num_ptr_t n) {
  __typeof__(*n) c = *n;
  log_str(c.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'c' is logged
  // CHECK: :[[@LINE-3]]:18: note: 'c' has type 'struct (unnamed)', which is subscriber identifier
  log_u(c.len); // excluded
}
