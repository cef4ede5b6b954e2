// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++20 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A message that reaches a sink through a parameter (a reference, a
// pointer, a copy) holds what the callers put into it: each caller decides
// the fields the callee's parameter type declares. The twin in the other
// language is param-object-fields.c.
#include <privacy/annotations.h>

struct Gsup {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_TRAFFIC_DATA const unsigned char *sm_rp_da;
  PRIVACY_COMMUNICATION_CONTENT const unsigned char *ss_info;
  int type;
};
PRIVACY_EXPORT_SINK int encode(const Gsup &g);
extern Gsup last_msg;
Gsup *find_msg(int id);

namespace {
// The caller fills the IMSI only: one finding, at the callee's sink.
void send_imsi(const Gsup &g) {
  encode(g);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g.imsi' is exported
  // CHECK: :[[@LINE+7]]:3: note: the sink is reached through this call
}
} // namespace
void ack(const char *imsi) {
  Gsup m = {.type = 3};
  for (int i = 0; i < 15 && imsi[i]; i++)
    m.imsi[i] = imsi[i];
  send_imsi(m);
}

namespace {
// Callers that fill no personal field: no finding.
void send_plain(const Gsup *g) { encode(*g); }
void send_value(Gsup g) { encode(g); }
} // namespace
void only_type() {
  Gsup m{.type = 7};
  send_plain(&m);
  send_value(m);
}

namespace {
// An object the analysis does not know: every declared field.
void send_found(const Gsup &g) { encode(g); }
// CHECK: :[[@LINE-1]]:34: warning: communication content 'g.ss_info' is exported
// CHECK: :[[@LINE-2]]:34: warning: subscriber identifier 'g.imsi' is exported
// CHECK: :[[@LINE-3]]:34: warning: traffic data 'g.sm_rp_da' is exported
} // namespace
void forward_found(int id) { send_found(*find_msg(id)); }
void resend_last() { send_found(last_msg); }

// No caller in view: every declared field.
void root(const Gsup &g) { encode(g); }
// CHECK: :[[@LINE-1]]:28: warning: communication content 'g.ss_info' is exported
// CHECK: :[[@LINE-2]]:28: warning: subscriber identifier 'g.imsi' is exported
// CHECK: :[[@LINE-3]]:28: warning: traffic data 'g.sm_rp_da' is exported

namespace {
// Two levels: the caller of the middle function fills the SMS address.
void send_deep(const Gsup &g) { encode(g); }
// CHECK: :[[@LINE-1]]:33: warning: traffic data 'g.sm_rp_da' is exported
void relay(const Gsup &g) { send_deep(g); }
} // namespace
void sms(const unsigned char *da) {
  Gsup m = {.type = 4};
  m.sm_rp_da = da;
  relay(m);
}
