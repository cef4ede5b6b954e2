// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/regex-names.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/regex-escape.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ESCAPE --implicit-check-not='{{warning|error}}:'

// Regex names: a name must contain the literal parts outside groups of
// one alternative before the regex runs (a filter, never a different
// answer), and one of the words of each group of plain alternatives that
// is not optional. Optional characters (`b?`, `x+`), alternatives, escapes
// and brackets (also `]` and classes inside them), optional and repeated
// groups, bounds. The twin in the other language is regex-names.cpp.
//
// A name matches as a whole: the regex runs as `^(...)$`. One that would
// close that group itself (`log_x)|(y_sink` as `^(log_x)|(y_sink)$`, any
// name starting with log_x or ending in y_sink) is an error, and a
// backreference keeps its group (`\2` is `(x)`, not `(dup)`).
// ESCAPE: error: {{.*}}regex-escape.json:3:14: invalid regular expression 'log_x)|(y_sink': parentheses not balanced

#include <privacy/annotations.h>

void log_imsi(const char *), trace_msisdn(const char *), log_imei(const char *);
void ac_sink(const char *), abc_sink(const char *), abbc_sink(const char *);
void y_out(const char *), xxy_out(const char *), xy_outer(const char *);
void cdr_dump(const char *), _dump(const char *), dump(const char *);
void emit7(const char *), emit(const char *), emitter(const char *);
void writerow(const char *), write_row(const char *);
void caat_log(const char *), cat_log(const char *);
void dup_xx_log(const char *), dup_xdup_log(const char *);
void log_xyz(const char *), any_y_sink(const char *);
void ue_ctx_imsi_log(const char *), ue_ctx_imei_log(const char *);
void ue_2_imsi_log(const char *), ue__msisdn_log(const char *);
void cell3_put(const char *), cellx_out(const char *), celly_put(const char *);
void save_rec(const char *), save_msisdn_rec(const char *), save_imei_rec(const char *);
void putget_cdr(const char *), _cdr(const char *), put_cdrs(const char *);
PRIVACY_SUBSCRIBER_ID const char *imsi(void);

void f(void) {
  log_imsi(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  trace_msisdn(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  log_imei(imsi());
  ac_sink(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  abc_sink(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  abbc_sink(imsi());
  y_out(imsi());
  xxy_out(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  xy_outer(imsi());
  cdr_dump(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  _dump(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  dump(imsi());
  emit7(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  emit(imsi());
  emitter(imsi());
  writerow(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  write_row(imsi());
  caat_log(imsi()); // a bound `{2,3}` is a count, not text of the name
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  cat_log(imsi());
  dup_xx_log(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  dup_xdup_log(imsi());
  log_xyz(imsi());
  any_y_sink(imsi());
  ue_ctx_imsi_log(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  ue_ctx_imei_log(imsi());
  ue_2_imsi_log(imsi());
  ue__msisdn_log(imsi());
  cell3_put(imsi()); // `[]x[:digit:]]`: `]`, `x` or a digit
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  cellx_out(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  celly_put(imsi());
  save_rec(imsi()); // an optional group requires none of its words
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  save_msisdn_rec(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  save_imei_rec(imsi());
  putget_cdr(imsi()); // a repeated group requires one of its words
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  _cdr(imsi());
  put_cdrs(imsi());
}
