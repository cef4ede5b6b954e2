// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The C++ form of indirect-calls.c: a call through a function pointer
// reaches the functions stored into the place it calls through.
#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_s(const std::string &s);
PRIVACY_CONSENT_CHECK("analytics") bool consented();
struct Ue {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string apn;
};
using Printer = void (*)(const std::string &);

namespace {
// A table of operations at namespace scope, reached through a reference.
void by_table(const std::string &s) { log_s(s); }
// CHECK: :[[@LINE-1]]:39: warning: subscriber identifier 'u.imsi' is logged
// CHECK: :[[@LINE+4]]:3: note: passed to 'by_table()' here
struct Ops { Printer print; };
constexpr Ops kOps{&by_table};
void table(const Ue &u, const Ops &ops) {
  ops.print(u.imsi);
  ops.print(u.apn); // plain data: no finding
}
} // namespace

// A static member function stored in a local, called through a copy.
struct Logger {
  static void emit(const std::string &s) { log_s(s); }
  // CHECK: :[[@LINE-1]]:44: warning: subscriber identifier 'u.imsi' is logged
  // CHECK: :[[@LINE+5]]:3: note: passed to 'Logger::emit()' here
};
void member(const Ue &u) {
  Printer p = &Logger::emit;
  auto q = p;
  q(u.imsi);
}

// Negative: the only function stored logs nothing.
static void discard(const std::string &) {}
void nothing(const Ue &u) {
  Printer p = discard;
  p(u.imsi);
}

// A function handed to code out of sight is reported where it logs.
extern Ue g_ue;
void register_timer(void (*cb)());
static void on_timer() { log_s(g_ue.imsi); }
// CHECK: :[[@LINE-1]]:26: warning: subscriber identifier 'g_ue.imsi' is logged
void start() {
  register_timer(&on_timer);
  if (consented())
    on_timer();
}

// Negative: without the escape its only caller holds consent.
static void on_demand() { log_s(g_ue.imsi); }
void demand() {
  if (consented())
    on_demand();
}

// A function that a namespace-scope table names goes wherever it goes.
static void on_event() { log_s(g_ue.imsi); }
// CHECK: :[[@LINE-1]]:26: warning: subscriber identifier 'g_ue.imsi' is logged
struct Events { void (*cb)(); };
static const Events kEvents{&on_event};
void register_events(const Events &table);
void events() {
  register_events(kEvents);
  if (consented())
    on_event();
}
