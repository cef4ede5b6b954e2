// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A method annotated as a sink: its arguments flow into the sink, through
// an object, a pointer or a reference, and through an override that does
// not repeat the annotation.

#include <privacy/annotations.h>
#include <memory>
#include <string>

class Logger {
public:
  PRIVACY_LOG_SINK void write(const std::string &line);
  void flush();
};

class Store {
public:
  virtual ~Store() = default;
  PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(90) virtual void put(
      const std::string &key, int value) = 0;
};

// An override keeps the meaning of the method it overrides.
class SqlStore : public Store {
public:
  void put(const std::string &key, int value) override;
};

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA int cell;
  int plan;
};

void process(Logger &log, const std::unique_ptr<Store> &db,
             const Subscriber &s) {
  log.write("attach " + s.imsi);
  // CHECK: :[[@LINE-1]]:7: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :32:37: note: 'imsi' is declared subscriber identifier here
  db->put("cell", s.cell);
  // CHECK: :[[@LINE-1]]:7: warning: location data 's.cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
  Logger *p = &log;
  p->write(s.imsi);
  // CHECK: :[[@LINE-1]]:6: warning: subscriber identifier 's.imsi' is logged
}

void through_override(SqlStore &db, const Subscriber &s) {
  db.put("cell", s.cell);
  // CHECK: :[[@LINE-1]]:6: warning: location data 's.cell' is retained
}

void not_personal(Logger &log, Store &db, const Subscriber &s) {
  log.write("plan " + std::to_string(s.plan));
  log.flush();
  db.put("plan", s.plan);
}
