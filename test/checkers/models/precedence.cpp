// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/precedence.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Models are looked up by name (literal names directly, patterns one by
// one), and the later of two matching entries wins, whichever kind each is.

#include <privacy/annotations.h>

namespace audit { void loud(const char *); void quiet(const char *); }
namespace net { void send(const char *); }
namespace store { void put_row(const char *); void put_1(const char *); }
PRIVACY_SUBSCRIBER_ID const char *imsi();

void f() {
  audit::loud(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  audit::quiet(imsi());
  net::send(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  store::put_row(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  store::put_1(imsi());
}
