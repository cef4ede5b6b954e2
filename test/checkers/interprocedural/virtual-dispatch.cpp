// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A call through a base pointer may run any override visible in the TU: the
// one that logs is reported, the ones that do not log add nothing.

#include <privacy/annotations.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
};
PRIVACY_LOG_SINK void log_line(const std::string &);

struct Handler {
  virtual ~Handler() = default;
  virtual void handle(const std::string &v) = 0;
};
struct Quiet : Handler {
  void handle(const std::string &v) override { (void)v.size(); }
};
struct Chatty : Handler {
  void handle(const std::string &v) override { log_line(v); }
  // CHECK: :[[@LINE-1]]:48: warning: subscriber identifier 'sub.msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :11:37: note: 'msisdn' is declared subscriber identifier here
  // CHECK: :[[@LINE+16]]:3: note: passed to '{{([A-Za-z]+::)?}}handle()' here
  // CHECK: :[[@LINE-4]]:34: note: passed as parameter 'v' of '{{([A-Za-z]+::)?}}handle()'
  // CHECK: :[[@LINE+14]]:3: note: the sink is reached through this call, where no covering consent holds
};

// A second hierarchy in which no override logs.
struct Sink {
  virtual ~Sink() = default;
  virtual void put(const std::string &v) { (void)v; }
};
struct Counter : Sink {
  int N = 0;
  void put(const std::string &) override { ++N; }
};

void dispatch(Handler &h, Sink &k, const Sub &sub) {
  h.handle(sub.msisdn);
  k.put(sub.msisdn); // Negative: neither Sink::put nor Counter::put logs.
}
