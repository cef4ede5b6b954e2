// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/regex-names.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Regex names on qualified names: the literal parts outside groups of one
// alternative filter the names the regex is run on. The twin in the other
// language is regex-names.c.

#include <privacy/annotations.h>

namespace ns { void emit1(const char *); void emitx(const char *); }
namespace other { void emit2(const char *); }
void emit3(const char *);
namespace log { void cdr_dump(const char *); }
void x_dump_more(const char *);
PRIVACY_SUBSCRIBER_ID const char *imsi();

void f() {
  ns::emit1(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  ns::emitx(imsi());
  other::emit2(imsi());
  emit3(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  log::cdr_dump(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  x_dump_more(imsi());
}
