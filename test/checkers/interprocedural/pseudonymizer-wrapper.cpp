// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A wrapper around a pseudonymiser still returns personal data: the finding
// says so and keeps the step as a note. Anonymising after it is clean.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
};
PRIVACY_PSEUDONYMIZER std::string hash_imsi(const std::string &imsi);
PRIVACY_ANONYMIZER std::string bucket(const std::string &token);
PRIVACY_LOG_SINK void log_line(const std::string &);

std::string token_for(const Sub &s) { return hash_imsi(s.imsi); }

void use(const Sub &s) {
  log_line(token_for(s));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation; pseudonymised data is still personal data (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :11:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :17:46: note: pseudonymised by 'hash_imsi()': pseudonymised data is still personal data
  // CHECK: :[[@LINE-4]]:12: note: returned from 'token_for()'
  log_line(bucket(token_for(s))); // Negative: anonymised after the wrapper.
}
