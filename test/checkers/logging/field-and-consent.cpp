// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

struct CallDetailRecord {
  PRIVACY_SUBSCRIBER_ID std::string caller;
  int id;
};
PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(const std::string &msisdn);
PRIVACY_LOG_SINK void log_info(const std::string &);

void direct(const CallDetailRecord &cdr) {
  printf("%s\n", cdr.caller.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cdr.caller' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :9:37: note: 'caller' is declared subscriber identifier here
  printf("%d\n", cdr.id); // an unannotated field is not personal data
}

void guarded(const CallDetailRecord &cdr) {
  if (has_marketing_consent(cdr.caller))
    log_info(cdr.caller);
  if (!has_marketing_consent(cdr.caller))
    return;
  log_info(cdr.caller);
}
