#include "subscriber.h"

void on_attach(const Subscriber &s) {
  log_party(s.imsi);
  log_plan(s.plan);
}

void on_detach(const Subscriber &s) {
  std::string d = describe(s);
  log_line(d);
}

void on_profile(const Subscriber &s) {
  if (may_profile(s))
    log_party(s.imsi);
}

void on_bill(const Subscriber &s) { log_line(plan_of(s)); }
