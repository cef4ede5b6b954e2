// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/params-by-name.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Parameters and locals by name: one model entry gives a category to every
// parameter named imsi or supi of the functions whose name matches
// re:hlr_.*, to every parameter named msisdn, and to locals ending in _tai
// in the mme_* functions.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_s(const char *s);
PRIVACY_LOG_SINK void log_u(unsigned v);
unsigned current_tai(void);

void hlr_lookup(const char *imsi, const char *apn) {
  log_s(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-3]]:29: note: 'imsi' is declared subscriber identifier here
  log_s(apn); // another name
}

void hlr_purge(const char *supi) { log_s(supi); }
// CHECK: :[[@LINE-1]]:36: warning: subscriber identifier 'supi' is logged

void vlr_lookup(const char *imsi) { log_s(imsi); } // another function

void sms_deliver(const char *msisdn) { log_s(msisdn); }
// CHECK: :[[@LINE-1]]:40: warning: subscriber identifier 'msisdn' is logged

void mme_attach(void) {
  unsigned cur_tai = current_tai();
  unsigned attempts = 3;
  log_u(cur_tai);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cur_tai' is logged
  log_u(attempts); // another name
}

void sgw_attach(void) {
  unsigned cur_tai = current_tai();
  log_u(cur_tai); // another function
}

// Bad patterns and keys are errors at their place in the file; an entry
// that matches nothing is named in strict mode.
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/params-by-name-bad.json', StrictModels: true}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD --implicit-check-not='[clang-tidy-config]'
// clang-tidy sorts these location-less diagnostics by their text.
// BAD: error: {{.*}}params-by-name-bad.json:10:5: missing string 'name' [clang-tidy-config]
// A value of another type is an error at the value, not a missing key.
// BAD: error: {{.*}}params-by-name-bad.json:11:31: expected a string [clang-tidy-config]
// BAD: error: {{.*}}params-by-name-bad.json:12:14: expected a string [clang-tidy-config]
// BAD: error: {{.*}}params-by-name-bad.json:12:36: expected a string [clang-tidy-config]
// BAD: error: {{.*}}params-by-name-bad.json:4:14: invalid regular expression 'imsi(': parentheses not balanced [clang-tidy-config]
// BAD: error: {{.*}}params-by-name-bad.json:5:34: invalid regular expression 'hlr_[': brackets ([ ]) not balanced [clang-tidy-config]
// BAD: error: {{.*}}params-by-name-bad.json:6:51: unknown key 'arg' (expected one of: name, function, category, comment) [clang-tidy-config]
// BAD: warning: model {{.*}}params-by-name-bad.json:9: local 'cur_tai' in 'mme_attach_typo' matches nothing in this translation unit [clang-tidy-config]
