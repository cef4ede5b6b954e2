// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function that returns an annotated field (directly or through another
// getter) becomes a source: its callers' results carry the category even
// though the function itself has no annotation.

#include <privacy/annotations.h>
#include <string>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string tariff;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

class Registry {
public:
  std::string imsi_of(int i) const { return subs[i].imsi; }
  std::string masked_of(int i) const { return imsi_of(i); }
  std::string tariff_of(int i) const { return subs[i].tariff; }
  std::size_t length_of(int i) const { return subs[i].imsi.size(); }

private:
  Subscriber subs[4];
};

void use(const Registry &r) {
  log_line(r.imsi_of(0));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'subs.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-3]]:12: note: returned from 'Registry::imsi_of()'
  std::string m = r.masked_of(1);
  log_line(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'subs.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:19: note: returned from 'Registry::masked_of()'
  log_line(r.tariff_of(2));                  // Negative: unannotated field.
  log_line(std::to_string(r.length_of(3))); // Negative: only the length.
}
