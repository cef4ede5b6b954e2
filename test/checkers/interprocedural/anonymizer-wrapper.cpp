// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function whose result comes only from an annotated anonymiser anonymises
// too; one that can also return its input unchanged does not.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_LOCATION_DATA std::string cell;
};
PRIVACY_ANONYMIZER std::string coarse_area(const std::string &cell);
PRIVACY_LOG_SINK void log_line(const std::string &);

std::string region_of(const Sub &s) { return coarse_area(s.cell); }
std::string region_label(const Sub &s) { return "region " + region_of(s); }
std::string maybe_region(const Sub &s, bool raw) {
  return raw ? s.cell : coarse_area(s.cell);
}

void use(const Sub &s, bool raw) {
  log_line(region_of(s));
  log_line(region_label(s));
  log_line(maybe_region(s, raw));
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :11:37: note: 'cell' is declared location data here
  // CHECK: :[[@LINE-3]]:12: note: returned from 'maybe_region()'
}
