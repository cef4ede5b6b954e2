// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A callee that writes a parameter's data through a `char *` out-parameter:
// the caller's buffer carries the category after the call.

#include <privacy/annotations.h>
#include <cstdio>
#include <cstring>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID char msisdn[16];
  int plan;
};

void fill(char *out, const Sub &s) { strcpy(out, s.msisdn); }
void fill_plan(char *out, const Sub &s) { snprintf(out, 16, "%d", s.plan); }
// Writes only through a local copy of the pointer's target: nothing escapes.
void scratch(char *out, const Sub &s) {
  char tmp[16];
  strcpy(tmp, s.msisdn);
  out[0] = '\0';
}

void use(const Sub &s) {
  char buf[16];
  fill(buf, s);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :13:30: note: 'msisdn' is declared subscriber identifier here
  // CHECK: :17:38: note: flows into 'out' through 'strcpy()'
  // CHECK: :[[@LINE-5]]:3: note: stored by 'fill()'
  char plan[16];
  fill_plan(plan, s);
  puts(plan);
  char other[16];
  scratch(other, s);
  puts(other);
}
