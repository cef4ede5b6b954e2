// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function template is analysed per instantiation: the instantiation that
// receives personal data is reported at its sink, the others are not.

#include <privacy/annotations.h>
#include <string>

struct PRIVACY_LOCATION_DATA CellId {
  int mcc, ci;
};
struct Plain {
  int mcc, ci;
};
struct Sub {
  PRIVACY_TRAFFIC_DATA long bytes;
  int hops;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

template <typename T> void trace(const T &v) { log_line(std::to_string(v)); }
// CHECK: :[[@LINE-1]]:48: warning: traffic data 's.bytes' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
// CHECK: :17:29: note: 'bytes' is declared traffic data here
// CHECK: :[[@LINE+16]]:3: note: passed to 'trace{{(<long>)?}}()' here
// CHECK: :[[@LINE+15]]:3: note: the sink is reached through this call, where no covering consent holds

template <typename T> std::string code(const T &v) {
  return std::to_string(v.mcc * 1000 + v.ci);
}
template <typename T> void show(const T &v) { log_line(code(v)); }
// CHECK: :[[@LINE-1]]:47: warning: location data '{{v|cell}}' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
// CHECK: :[[@LINE+10]]:3: note: the sink is reached through this call, where no covering consent holds

struct Report {
  int n;
};
template <> void show(const Report &r) { (void)r; } // never logs

void use(const Sub &s, const CellId &cell, const Plain &p, const Report &r) {
  trace(s.bytes);
  trace(s.hops); // Negative: trace<int> gets plain data.
  show(cell);
  show(p);       // Negative: show<Plain> has the same body, plain data.
  show(r);       // Negative: the specialisation does not log.
}
