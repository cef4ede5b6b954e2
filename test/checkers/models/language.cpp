// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/language-cxx.json;%S/Inputs/language-any.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/language-cxx.json;%S/Inputs/language-any.json', SarifOutputDir: '%t'}}" \
// RUN:   -- -std=c++17 %test_flags > /dev/null 2>&1
// RUN: %python %source_dir/test/checkers/report/Inputs/check_config_hashes.py %source_dir %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=CONFIG --implicit-check-not=MISMATCH

// A model file that says "language": "c++" applies to a C++ translation
// unit, as do the files without a language and the shipped C++ models
// (std::string's append). The twin in the other language is language.c.
//
// The SARIF configuration record lists them all, the C++-only ones too.
// CONFIG: law law.json (embedded) ok
// CONFIG-NEXT: model language-any.json ok
// CONFIG-NEXT: model language-cxx.json ok (c++ only)
// CONFIG-NEXT: model models/common-accessors.json (shipped) ok (c++ only)
// CONFIG: model models/spdlog.json (shipped) ok (c++ only)
// CONFIG: model models/syslog.json (shipped) ok
// CONFIG-NEXT: rules rules.json (embedded) ok

#include <privacy/annotations.h>
#include <string>

void audit_log(const char *);
void trace_log(const char *);
void quiet_log(const char *);
PRIVACY_SUBSCRIBER_ID const char *imsi();

void f() {
  audit_log(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  trace_log(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  std::string s;
  s.append(imsi());
  trace_log(s.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  quiet_log(imsi());
}
