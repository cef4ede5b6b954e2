// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/excluded-fields.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Members excluded from a type-level category, in C++: a class in a
// namespace, used directly, as a member, through a reference parameter and
// through a copy.
#include <privacy/annotations.h>
#include <cstdint>

PRIVACY_LOG_SINK void log_u(unsigned v);
PRIVACY_LOG_SINK void log_bytes(const std::uint8_t *b);

namespace ns {
struct mobile_identity {
  std::uint8_t len = 0;
  std::uint8_t type = 0;
  std::uint8_t digits[15] = {};
};
} // namespace ns

struct Ue {
  ns::mobile_identity id;
  unsigned state = 0;
};

void direct(const ns::mobile_identity &mi, const Ue &ue) {
  log_u(mi.len);        // excluded
  log_u(ue.id.type);    // excluded
  log_u(ue.state);      // not personal
  log_bytes(mi.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'mi' is logged
  log_bytes(ue.id.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ue.id' is logged
}

void copied(const Ue &ue) {
  ns::mobile_identity copy = ue.id;
  log_u(copy.len);      // excluded
  log_u(copy.digits[0]);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'copy' is logged
}

// A member of an anonymous union is a member of the class around it
// (`m.tag`): it can be excluded, and only it.
namespace ran {
struct Mi {
  union {
    std::uint8_t tag;
    std::uint8_t raw;
  };
  std::uint8_t digits[16];
};
} // namespace ran

void anonymous_member(const ran::Mi &m) {
  log_u(m.tag);         // excluded
  log_u(m.raw);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm' is logged
}

// Strict mode: every listed member exists (ran::Mi's `tag` too), no error.
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/excluded-fields.json', StrictModels: true}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=STRICT
// STRICT-NOT: is no direct member
// STRICT: warning: model {{.*}}excluded-fields.json:{{[0-9]+}}: 'tai_t' matches nothing
// STRICT-NOT: is no direct member
