// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Mutual recursion: the two functions form one strongly connected component
// whose summaries are iterated together until they stop changing.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_LOCATION_DATA std::string cell;
  std::string label;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

void ping(const std::string &s, int n);
void pong(const std::string &s, int n) {
  if (n == 0) {
    log_line(s);
    // CHECK: :[[@LINE-1]]:5: warning: location data 'sub.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
    // CHECK: :11:37: note: 'cell' is declared location data here
    // CHECK: :37:3: note: passed to 'ping()' here
    // CHECK: :31:30: note: passed as parameter 's' of 'ping()'
    // CHECK: :33:5: note: passed to 'pong()' here
    // CHECK-NOT: :29:3: note:
    // CHECK: :37:3: note: the sink is reached through this call, where no covering consent holds
    return;
  }
  ping(s, n - 1);
}
void ping(const std::string &s, int n) {
  if (n > 0)
    pong(s, n - 1);
}

void use(const Sub &sub) {
  ping(sub.cell, 5);
  // Negative: the same cycle with data that is not personal.
  ping(sub.label, 5);
}

// Mutual recursion that carries a parameter to the return value.
std::string left(const std::string &s, int n);
std::string right(const std::string &s, int n) { return n ? left(s, n - 1) : s; }
std::string left(const std::string &s, int n) { return n ? right(s, n - 1) : ""; }

void use_return(const Sub &sub) {
  log_line(left(sub.cell, 4));
  // CHECK: :[[@LINE-1]]:3: warning: location data 'sub.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :11:37: note: 'cell' is declared location data here
  // CHECK: :45:37: note: passed as parameter 's' of 'left()'
  // CHECK: :44:38: note: passed as parameter 's' of 'right()'
  // CHECK-NOT: note: passed through 'right()'
  // CHECK: :48:12: note: returned from 'left()'
  // Negative: not personal data.
  log_line(left(sub.label, 4));
}
