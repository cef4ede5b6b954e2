// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/strict-matching-cpp.json', StrictModels: true}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// StrictModels names an entry exactly when the analysis applies it to no
// declaration of the translation unit (see strict-matching.c): in C++ too,
// with namespaces, paramTypes overloads, a member of a class by its typedef
// name, regular expressions; a template parameter is no type an entry names.
// The configuration warnings first (by their text), then the findings.
// CHECK: warning: model {{.*}}strict-matching-cpp.json:13: 'vendor::ue_t::tai' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching-cpp.json:18: 'vendor::g_count' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching-cpp.json:22: 'vendor::Key' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching-cpp.json:6: function 'vendor::lookup' matches nothing in this translation unit [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching-cpp.json:7: function 'vendor::make_id' is overridden by model {{.*}}strict-matching-cpp.json:8 in this translation unit (the last matching entry wins) [clang-tidy-config]
// CHECK-NEXT: warning: model {{.*}}strict-matching-cpp.json:9: function 're:vendor::(find|get)_ue' matches nothing in this translation unit [clang-tidy-config]
#include <privacy/annotations.h>
#include <string>

namespace vendor {
typedef struct ue_s {
  char imsi[16];
  static const char *last_imsi;
} ue_t;

const char *lookup(const char *imsi);
const char *lookup(unsigned id);
// Line 5 applies to lookup(const char *); line 6 (std::string) to nothing.

// Line 7 is overridden by the pattern on line 8: named as overridden. No
// function is find_ue or get_ue (line 9).
const char *make_id(unsigned n);

inline namespace v2 {
unsigned g_hlr;
}

template <typename Key> struct table {
  Key first;
};
// Line 13 (no member tai), line 18 (no g_count), line 22 (a template
// parameter) match nothing.
} // namespace vendor

PRIVACY_LOG_SINK void log_str(const char *s);

// What the analysis applies: the member by the typedef name, the static
// member by the typedef name; `make_id` and `lookup(const char *)` are
// barriers.
void show(const vendor::ue_t &u, const char *imsi) {
  log_str(u.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u.imsi' is logged
  log_str(vendor::ue_t::last_imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'last_imsi' is logged
  log_str(vendor::make_id(1));
  log_str(vendor::lookup(u.imsi));
}
