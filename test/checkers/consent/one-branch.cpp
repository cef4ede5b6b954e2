// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Consent must hold on every path to the sink: a check on one branch of an
// earlier if leaves the other branch uncovered.

#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("voicemail") bool has_consent(int subscriber);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(30)
void store_message(const char *text);

void one_branch(PRIVACY_COMMUNICATION_CONTENT const char *text, int subscriber,
                bool roaming) {
  if (roaming) {
    if (!has_consent(subscriber))
      return;
  }
  store_message(text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'text' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-retention]
  // CHECK: :[[@LINE-8]]:59: note: 'text' is declared communication content here
  // CHECK: :[[@LINE-6]]:10: note: consent check 'has_consent()' for purpose 'voicemail' does not hold on every path to this sink
}

void both_branches(PRIVACY_COMMUNICATION_CONTENT const char *text,
                   int subscriber, bool roaming) {
  if (roaming) {
    if (!has_consent(subscriber))
      return;
  } else if (!has_consent(subscriber)) {
    return;
  }
  store_message(text);
}
