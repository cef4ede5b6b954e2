// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {MaxBlockVisits: 150}}" -- -x c++ -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// A loop's body is visited before the code after the loop. In the CFG's
// own successor order the code after a loop came first, so each change the
// body made flowed through every later loop again: sixteen loops in a row
// (for, while, range-for and do loops) needed over
// 600 block visits instead of about 100, and a budget of 150 abandoned the
// function. Findings and traces are those of either order.

#include <privacy/annotations.h>
#include <cstdio>

void step(int);
static const int values[4] = {1, 2, 3, 4};

void sixteen_loops(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  for (int i = 0; i < n; i++) step(i);
  while (n-- > 100) step(n);
  for (int v : values) step(v);
  do step(n); while (n-- > 200);
  for (int i = 0; i < n; i++) step(i);
  while (n-- > 100) step(n);
  for (int v : values) step(v);
  do step(n); while (n-- > 200);
  for (int i = 0; i < n; i++) step(i);
  while (n-- > 100) step(n);
  for (int v : values) step(v);
  do step(n); while (n-- > 200);
  for (int i = 0; i < n; i++) step(i);
  while (n-- > 100) step(n);
  for (int v : values) step(v);
  do step(n); while (n-- > 200);
  std::printf("%s\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-19]]:54: note: 'imsi' is declared subscriber identifier here
}

void loop_then_log(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  const char *last = "none";
  for (int i = 0; i < n; i++)
    if (i == 3)
      last = imsi;
  std::printf("%s\n", last);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-3]]:12: note: assigned to 'last'
}

void loop_then_clean(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  int count = 0;
  for (int i = 0; i < n; i++)
    count += imsi[i] != 0;
  std::printf("%d\n", n);
}
