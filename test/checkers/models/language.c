// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/language-cxx.json;%S/Inputs/language-any.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/language-bad.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD --implicit-check-not='{{warning|error}}:'
// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/language-cxx.json;%S/Inputs/language-any.json', SarifOutputDir: '%t'}}" \
// RUN:   -- -x c -std=c11 %test_flags > /dev/null 2>&1
// RUN: %python %source_dir/test/checkers/report/Inputs/check_config_hashes.py %source_dir %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=CONFIG --implicit-check-not=MISMATCH \
// RUN:       --implicit-check-not='(c++ only)' --implicit-check-not=language-cxx

// A model file that says "language": "c++" is left out of a C translation
// unit (its entries name C++ declarations); the other files still apply,
// and the shipped C models (printf) too. Any other language is an error,
// and the file's entries are used. The twin in the other language is
// language.cpp.
//
// The SARIF configuration record lists the model files this unit used: not
// language-cxx.json, nor a shipped C++-only model (spdlog, std-string).
// CONFIG: law law.json (embedded) ok
// CONFIG-NEXT: model language-any.json ok
// CONFIG-NEXT: model models/libc-stdio.json (shipped) ok
// CONFIG: model models/syslog.json (shipped) ok
// CONFIG-NEXT: rules rules.json (embedded) ok

#include <privacy/annotations.h>
#include <stdio.h>

void audit_log(const char *);
void trace_log(const char *);
PRIVACY_SUBSCRIBER_ID const char *imsi(void);

void f(void) {
  audit_log(imsi()); // the C++-only file: not a sink here
  trace_log(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  printf("%s", imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  // BAD: error: {{.*}}language-bad.json:2:15: unsupported language (expected "c++": the entries name C++ declarations only)
  // BAD: :[[@LINE-6]]:3: warning: subscriber identifier 'imsi()' is logged
  // BAD: :[[@LINE-4]]:3: warning: subscriber identifier 'imsi()' is logged
}
