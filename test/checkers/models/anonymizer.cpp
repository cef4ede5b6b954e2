// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/anonymizer.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model marks a function as an anonymizer (its result is no longer
// personal data) or a pseudonymizer (its result still is).

#include <privacy/annotations.h>
#include "privacy_lib.h"
#include <iostream>

struct Fix {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA double lat;
  PRIVACY_LOCATION_DATA double lon;
};

void anonymised(const Fix &f) {
  std::cout << geo::coarsen(f.lat, f.lon) << '\n';
  std::string grid = geo::coarsen(f.lat, f.lon);
  std::clog << grid << '\n';
}

void not_anonymised(const Fix &f) {
  std::cout << geo::exact(f.lat, f.lon) << '\n';
  // CHECK: :[[@LINE-1]]:13: warning: location data 'f.lat' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: note: 'f.lon', also location data, reaches the same sink
}

void pseudonymised(const Fix &f) {
  std::cout << tok::hash_imsi(f.imsi) << '\n';
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'f.imsi' is logged without recorded consent or anonymisation; pseudonymised data is still personal data (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-2]]:16: note: pseudonymised by 'hash_imsi()'
}
