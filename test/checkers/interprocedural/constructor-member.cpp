// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A constructor that stores a parameter into a member (initialiser list or
// body) gives that field of the new object the argument's category, and only
// that field.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
  std::string trunk;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

struct Call {
  Call(const std::string &n, const std::string &t) : number(n), trunk(t) {}
  std::string number;
  std::string trunk;
};
struct Fix {
  explicit Fix(PRIVACY_LOCATION_DATA double l) { lat = l; }
  double lat = 0;
  int zoom = 3;
};

void use(const Sub &s, double l) {
  Call c(s.msisdn, s.trunk);
  log_line(c.number);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :12:37: note: 'msisdn' is declared subscriber identifier here
  // CHECK: :18:27: note: passed as parameter 'n' of 'Call()'
  // CHECK: :18:54: note: assigned to 'this->number'
  // CHECK: :[[@LINE-6]]:8: note: stored by 'Call()'
  log_line(c.trunk);
  Call d(s.trunk, s.msisdn);
  log_line(d.number); // Negative: the identifier went to d.trunk.

  Fix f(l);
  log_line(std::to_string(f.lat));
  // CHECK: :[[@LINE-1]]:3: warning: location data 'l' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :23:45: note: 'l' is declared location data here
  // CHECK: :23:54: note: assigned to 'this->lat'
  log_line(std::to_string(f.zoom));
}
