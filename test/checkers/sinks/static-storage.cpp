// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Data kept in a variable of static storage duration (a global, a static
// local) outlives the request that needed it: retention. A local variable or
// a member of an object is not.

#include <privacy/annotations.h>
#include <string>

struct Attach {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA int cell;
  int attempts;
};

std::string g_last_imsi;
int g_last_attempts;

void remember(const Attach &a) {
  g_last_imsi = a.imsi;
  // CHECK: :[[@LINE-1]]:15: warning: subscriber identifier 'a.imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  // CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
  g_last_attempts = a.attempts;
}

int previous_cell(const Attach &a) {
  static int last_cell = 0;
  int before = last_cell;
  last_cell = a.cell;
  // CHECK: :[[@LINE-1]]:13: warning: location data 'a.cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
  return before;
}

class Session {
public:
  void attach(const Attach &a) {
    imsi_ = a.imsi; // a member lives as long as its object: not a store
    cell_ = a.cell;
  }

private:
  std::string imsi_;
  int cell_ = 0;
};

int local_only(const Attach &a) {
  std::string copy = a.imsi;
  int cell = a.cell;
  return static_cast<int>(copy.size()) + cell;
}
