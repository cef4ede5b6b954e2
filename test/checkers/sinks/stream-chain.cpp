// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' --implicit-check-not='reaches the same sink'

// A chain of << into one stream in one statement is one sink: one finding
// per category and action, at the first field's <<, the other fields as
// notes. Separate statements are separate sinks.

#include <privacy/annotations.h>
#include <fstream>
#include <iostream>
#include <string>

struct Imsi {
  PRIVACY_SUBSCRIBER_ID int mcc;
  PRIVACY_SUBSCRIBER_ID int mnc;
  PRIVACY_SUBSCRIBER_ID long msin;
};
struct Attach {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA int cell;
};

void one_chain(const Imsi &i) {
  std::cout << i.mcc << i.mnc << i.msin << "\n";
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'i.mcc' is logged
  // CHECK: :15:29: note: 'i.mnc', also subscriber identifier, reaches the same sink
  // CHECK: :16:30: note: 'i.msin', also subscriber identifier, reaches the same sink
}

void labelled_chain(const Imsi &i) {
  std::cerr << "imsi " << i.mcc << '-' << i.mnc << '\n';
  // CHECK: :[[@LINE-1]]:24: warning: subscriber identifier 'i.mcc' is logged
  // CHECK: :15:29: note: 'i.mnc', also subscriber identifier, reaches the same sink
}

void two_categories(const Attach &a) {
  std::clog << a.imsi << " in cell " << a.cell << '\n';
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'a.imsi' is logged
  // CHECK: :[[@LINE-2]]:38: warning: location data 'a.cell' is logged
}

void two_statements(const Imsi &i) {
  std::cout << i.mcc;
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'i.mcc' is logged
  std::cout << i.mnc << '\n';
  // CHECK: :[[@LINE-1]]:13: warning: subscriber identifier 'i.mnc' is logged
}

void one_line(const Imsi &i) { std::cerr << i.mcc; std::cerr << i.msin; }
// CHECK: :[[@LINE-1]]:42: warning: subscriber identifier 'i.mcc' is logged
// CHECK: :[[@LINE-2]]:62: warning: subscriber identifier 'i.msin' is logged

// Two streams in one statement's operands are two sinks.
void two_streams(const Imsi &i, std::ofstream &file) {
  file << i.mcc << i.mnc, std::cout << i.msin;
  // CHECK: :[[@LINE-1]]:8: warning: subscriber identifier 'i.mcc' is retained
  // CHECK: :15:29: note: 'i.mnc', also subscriber identifier, reaches the same sink
  // CHECK: :[[@LINE-3]]:37: warning: subscriber identifier 'i.msin' is logged
}
