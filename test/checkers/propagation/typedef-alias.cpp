// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <string>

typedef PRIVACY_SUBSCRIBER_ID unsigned long long imsi_t;
using Msisdn PRIVACY_SUBSCRIBER_ID = std::string;
using ImsiAlias = imsi_t; // an alias of an annotated typedef is annotated too

PRIVACY_LOG_SINK void log_line(const std::string &);

struct Subscriber {
  imsi_t imsi;
  Msisdn msisdn;
  unsigned long long account_flags;
};

void typedef_field(const Subscriber &s) {
  printf("%llu\n", s.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :15:10: note: 'imsi' has type 'imsi_t', which is subscriber identifier
}

void using_field(const Subscriber &s) {
  log_line(s.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :16:10: note: 'msisdn' has type 'Msisdn', which is subscriber identifier
}

void typedef_param(imsi_t imsi) {
  unsigned long long copy = imsi;
  printf("%llu\n", copy);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-4]]:27: note: 'imsi' has type 'imsi_t', which is subscriber identifier
  // CHECK: :[[@LINE-4]]:22: note: assigned to 'copy'
}

void alias_of_alias(ImsiAlias id) {
  printf("%llu\n", id);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'id' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
}

// Negative: the underlying types without the alias are not personal.
void clean(const Subscriber &s, unsigned long long n, const std::string &text) {
  printf("%llu\n", s.account_flags);
  printf("%llu\n", n);
  log_line(text);
}
