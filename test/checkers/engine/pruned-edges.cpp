// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The CFG is built with PruneTriviallyFalseEdges: constant conditions leave
// null successors. The solver (PostOrderCFGView, ForwardDataflowWorklist)
// must skip them, analyse what follows the loops, and never enter a pruned
// branch.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_value(long v);

void forever(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  long acc = 0;
  for (;;) {
    if (n-- < 0)
      break;
    acc = seconds;
  }
  log_value(acc);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged
}

void while_true(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  long acc = 0;
  while (1) {
    acc += seconds;
    if (--n == 0)
      break;
  }
  log_value(acc);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged
}

void dead_branches(PRIVACY_TRAFFIC_DATA long seconds) {
  if (0)
    log_value(seconds);
  if (false)
    log_value(seconds);
  while (0)
    log_value(seconds);
  log_value(0);
}

void live_branch(PRIVACY_TRAFFIC_DATA long seconds) {
  if (1)
    log_value(seconds);
  // CHECK: :[[@LINE-1]]:5: warning: traffic data 'seconds' is logged
  else
    log_value(seconds);
}

void endless(PRIVACY_TRAFFIC_DATA long seconds) {
  for (;;)
    log_value(seconds);
  // CHECK: :[[@LINE-1]]:5: warning: traffic data 'seconds' is logged
}
