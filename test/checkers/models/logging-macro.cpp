// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/project-log.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A project logging macro LOGP(...) expands to a function the model names
// as a log sink from argument 2 on; the finding is at the macro use.

#include <privacy/annotations.h>
#include "project_log.h"

struct Sms {
  PRIVACY_COMMUNICATION_CONTENT const char *text;
  PRIVACY_SUBSCRIBER_ID const char *from;
  int parts;
};

void received(const Sms &sms) {
  LOGP("sms from %s: %s", sms.from, sms.text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms.text' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 'sms.from' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  LOGP("sms in %d parts", sms.parts);
}

void direct(const Sms &sms) {
  project_log("sms.cpp", 1, "%s", sms.text);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms.text' is logged
  // File and line are not part of the message.
  project_log(sms.from, sms.parts, "received");
}
