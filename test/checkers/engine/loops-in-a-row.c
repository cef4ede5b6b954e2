// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {MaxBlockVisits: 150}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:'

// A loop's body is visited before the code after the loop. In the CFG's
// own successor order the code after a loop came first, so each change the
// body made flowed through every later loop again: sixteen loops in a row
// (open5gs' mme_context_init, one ogs_pool_init loop per pool) needed over
// 600 block visits instead of about 100, and a budget of 150 abandoned the
// function. Findings and traces are those of either order.

#include <privacy/annotations.h>
#include <stdio.h>

void step(int);

void sixteen_loops(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  for (int i = 0; i < n; i++) step(i);
  printf("%s\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-19]]:54: note: 'imsi' is declared subscriber identifier here
}

void loop_then_log(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  const char *last = "none";
  for (int i = 0; i < n; i++)
    if (i == 3)
      last = imsi;
  printf("%s\n", last);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-3]]:12: note: assigned to 'last'
}

void loop_then_clean(PRIVACY_SUBSCRIBER_ID const char *imsi, int n) {
  int count = 0;
  for (int i = 0; i < n; i++)
    count += imsi[i] != 0;
  printf("%d\n", n);
}
