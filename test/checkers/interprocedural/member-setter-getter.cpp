// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// One method stores a parameter into a field of `this`, another logs that
// field or returns it: both called on the same object connect the two;
// called on different objects they do not.

#include <privacy/annotations.h>
#include <string>

PRIVACY_SUBSCRIBER_ID std::string lookup_imsi(int line);
PRIVACY_LOG_SINK void log_line(const std::string &);

class Session {
public:
  void set_peer(const std::string &p) { peer = p; }
  const std::string &get_peer() const { return peer; }
  void dump() const { log_line(peer); }
  // CHECK: :[[@LINE-1]]:23: warning: subscriber identifier 'lookup_imsi()' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :29:14: note: 'lookup_imsi()' returns subscriber identifier
  // CHECK: :29:3: note: stored by 'Session::set_peer()'
  // CHECK: :35:3: note: the sink is reached through this call, where no covering consent holds

private:
  std::string peer;
};

void same_object(Session &s) {
  s.set_peer(lookup_imsi(1));
  log_line(s.get_peer());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'lookup_imsi()' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:14: note: 'lookup_imsi()' returns subscriber identifier
  // CHECK: :[[@LINE-4]]:3: note: stored by 'Session::set_peer()'
  // CHECK: :[[@LINE-4]]:12: note: returned from 'Session::get_peer()'
  s.dump();
}

void different_objects(Session &a, Session &b) {
  a.set_peer(lookup_imsi(2));
  log_line(b.get_peer());
  b.dump();
  Session c;
  c.set_peer("operator");
  c.dump();
}
