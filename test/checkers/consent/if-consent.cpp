// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A sink is covered only on the true branch of `if (consent(...))`: not
// after the if-statement, where the path that skipped the check joins, and
// not in the else-branch, where consent is known to be absent.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_consent(int subscriber);
PRIVACY_LOG_SINK void log_value(long value);
void count_call();

void true_branch(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (has_consent(subscriber))
    log_value(seconds);
  if (has_consent(subscriber)) {
    count_call();
    log_value(seconds);
  }
}

void after_the_if(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (has_consent(subscriber)) {
    count_call();
  }
  log_value(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-6]]:45: note: 'seconds' is declared traffic data here
  // CHECK: :[[@LINE-6]]:7: note: consent check 'has_consent()' for purpose 'marketing' does not hold on every path to this sink
}

void else_branch(PRIVACY_TRAFFIC_DATA long seconds, int subscriber) {
  if (has_consent(subscriber))
    count_call();
  else
    log_value(seconds);
  // CHECK: :[[@LINE-1]]:5: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
}
