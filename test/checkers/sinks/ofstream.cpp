// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Inserting into a std::ofstream or std::fstream writes a file: retention.
// String streams and the console are not stores.

#include <privacy/annotations.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

struct Fix {
  PRIVACY_LOCATION_DATA double lat;
  PRIVACY_LOCATION_DATA double lon;
  unsigned accuracy_m;
};

void track(const Fix &fix) {
  std::ofstream out("/var/lib/track.csv", std::ios::app);
  out << fix.lat << ',' << "\n";
  // CHECK: :[[@LINE-1]]:7: warning: location data 'fix.lat' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
  // CHECK: :14:32: note: 'lat' is declared location data here
  // CHECK: :[[@LINE-3]]:7: note: flows into 'out' through 'operator<<()'
  std::fstream db("/var/lib/track.db");
  db << "fix " << fix.lon << std::endl;
  // CHECK: :[[@LINE-1]]:16: warning: location data 'fix.lon' is retained
}

void through_string(const Fix &fix) {
  std::ostringstream line;
  line << fix.lat << ';' << fix.accuracy_m;
  std::ofstream("/var/lib/last.txt") << line.str();
  // CHECK: :[[@LINE-1]]:38: warning: location data 'fix.lat' is retained
}

void not_retained(const Fix &fix) {
  std::ofstream out("/var/lib/accuracy.csv");
  out << fix.accuracy_m << '\n';
  std::ostringstream line;
  line << fix.lat;
  std::cout << fix.lon << '\n'; // logging, not retention
}
