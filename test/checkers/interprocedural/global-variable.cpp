// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A global written by one function and read by another: what is stored
// anywhere in the TU (directly or through a callee's parameter) is what a
// reader may see, whichever function is defined first.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_LOCATION_DATA std::string cell;
  std::string label;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

std::string g_last, g_early, g_stored, g_boot;
static std::string g_label;

// A reader defined before its writer.
void report_early() { log_line(g_early); }
// CHECK: :[[@LINE-1]]:23: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
// CHECK: :12:37: note: 'cell' is declared location data here

void remember(const Sub &s) {
  g_last = s.cell;
  g_early = s.cell;
  g_label = s.label;
}
static void store(const std::string &v) { g_stored = v; }
void on_move(const Sub &s) { store(s.cell); }
void init() { g_boot = "boot"; }

void report() {
  log_line(g_last);
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :12:37: note: 'cell' is declared location data here
  // CHECK: :26:10: note: assigned to 'g_last'
  log_line(g_stored); // written through store()'s parameter
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :12:37: note: 'cell' is declared location data here
  // CHECK: :31:30: note: passed to 'store()' here
  log_line(g_label); // Negative: only plain data is stored here.
  log_line(g_boot);  // Negative: only a literal is stored here.
}
