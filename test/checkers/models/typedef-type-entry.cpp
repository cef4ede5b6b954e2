// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/typedef-type-entry.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C++: a `types` entry naming a struct's typedef in its namespace
// (`ns::cell_t`) describes the struct by its own name too.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_u(unsigned v);

namespace ns {
typedef struct cell_s {
  unsigned tai;
} cell_t;
struct site_s {
  unsigned tai;
};
} // namespace ns

void show(const ns::cell_s &c, const ns::site_s &s) {
  log_u(c.tai);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'c' is logged
  log_u(s.tai); // no entry
}
