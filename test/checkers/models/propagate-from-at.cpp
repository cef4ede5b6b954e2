// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/getters-cpp.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// "fromAt" on the object of a method: the getter returns one field of it.
#include <privacy/annotations.h>
#include <cstring>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &line);

namespace core {
struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA std::string cell;
};
class Fsm {
public:
  std::string id;
  Sub owner;
  const std::string &name() const;
  std::string label() const;
};
class Machine {
public:
  char cid[16];
  const void *ctx;
  const char *c_name() const;
};
} // namespace core

void name_only(core::Fsm &fi, const core::Sub &s) {
  fi.owner = s;
  log_line(fi.name()); // the id: nothing personal
}

void name_with_imsi(core::Fsm &fi, const core::Sub &s) {
  fi.id = "IMSI-" + s.imsi;
  log_line(fi.name());
  // CHECK: propagate-from-at.cpp:[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
}

void label_is_the_imsi(core::Fsm &fi) {
  log_line(fi.label()); // the owner's IMSI, not the cell
  // CHECK: propagate-from-at.cpp:[[@LINE-1]]:3: warning: subscriber identifier 'fi.owner.imsi' is logged
}

// returnsAlias with a character pointer result: it points at the object's
// characters, not at what hangs off its other members.
void c_name_alias(core::Machine &fi, core::Sub *s) {
  fi.ctx = s;
  log_line(fi.c_name());
  std::strncpy(fi.cid, s->imsi.c_str(), 15);
  log_line(fi.c_name());
  // CHECK: propagate-from-at.cpp:[[@LINE-1]]:3: warning: subscriber identifier 's->imsi' is logged
}
