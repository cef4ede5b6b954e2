// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A message that reaches a sink through a parameter holds what the callers
// put into it (issue 10 section 3, cause C9 of docs/evaluation.md): each
// caller decides the fields the callee's parameter type declares. A local
// built here with the IMSI only is only the IMSI; an object the analysis
// does not know (a global, the heap, unknown code's result) may hold every
// declared field; a function with no caller in view reports every one. The
// twin in the other language is param-object-fields.cpp.
#include <privacy/annotations.h>
#include <stdlib.h>

struct gsup {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_TRAFFIC_DATA const unsigned char *sm_rp_da;
  PRIVACY_COMMUNICATION_CONTENT const unsigned char *ss_info;
  int type;
};
PRIVACY_EXPORT_SINK int encode(void *out, const struct gsup *g);
extern struct gsup last_msg;
struct gsup *find_msg(int id);

// The caller fills the IMSI only: one finding, the callee's, at its sink.
static void send_imsi(void *out, const struct gsup *g) {
  encode(out, g);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g->imsi' is exported
  // CHECK: :[[@LINE+6]]:3: note: the sink is reached through this call
}
void ack(void *out, const char *imsi) {
  struct gsup m = { .type = 3 };
  for (int i = 0; i < 15 && imsi[i]; i++)
    m.imsi[i] = imsi[i];
  send_imsi(out, &m);
}

// Callers that fill no personal field: no finding.
static void send_plain(void *out, const struct gsup *g) { encode(out, g); }
void only_type(void *out) {
  struct gsup m = { .type = 7 };
  send_plain(out, &m);
}
void only_type_literal(void *out) {
  struct gsup m;
  m = (struct gsup){ .type = 8, .sm_rp_da = 0 };
  send_plain(out, &m);
}

// A global, the heap, unknown code's result: every declared field.
static void send_global(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:60: warning: communication content 'g->ss_info' is exported
// CHECK: :[[@LINE-2]]:60: warning: subscriber identifier 'g->imsi' is exported
// CHECK: :[[@LINE-3]]:60: warning: traffic data 'g->sm_rp_da' is exported
void resend_last(void *out) { send_global(out, &last_msg); }

static void send_heap(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:58: warning: communication content 'g->ss_info' is exported
// CHECK: :[[@LINE-2]]:58: warning: subscriber identifier 'g->imsi' is exported
// CHECK: :[[@LINE-3]]:58: warning: traffic data 'g->sm_rp_da' is exported
void from_heap(void *out) {
  struct gsup *m = calloc(1, sizeof(*m));
  m->type = 1;
  send_heap(out, m);
}

static void send_found(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:59: warning: communication content 'g->ss_info' is exported
// CHECK: :[[@LINE-2]]:59: warning: subscriber identifier 'g->imsi' is exported
// CHECK: :[[@LINE-3]]:59: warning: traffic data 'g->sm_rp_da' is exported
void forward_found(void *out, int id) { send_found(out, find_msg(id)); }

// No caller in view: every declared field.
void root(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:46: warning: communication content 'g->ss_info' is exported
// CHECK: :[[@LINE-2]]:46: warning: subscriber identifier 'g->imsi' is exported
// CHECK: :[[@LINE-3]]:46: warning: traffic data 'g->sm_rp_da' is exported

// Two levels: the middle function passes its own parameter, so its caller
// decides; it fills the USSD payload only.
static void send_deep(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:58: warning: communication content 'g->ss_info' is exported
static void relay(void *out, const struct gsup *g) { send_deep(out, g); }
void ussd(void *out, const unsigned char *payload) {
  struct gsup m = { .type = 2, .ss_info = payload };
  relay(out, &m);
}

// Three levels: each middle function passes its own parameter on; the
// caller at the top fills the IMSI only.
static void send_far(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:57: warning: subscriber identifier 'g->imsi' is exported
static void far2(void *out, const struct gsup *g) { send_far(out, g); }
static void far1(void *out, const struct gsup *g) { far2(out, g); }
void far_ack(void *out, const char *imsi) {
  struct gsup m = { .type = 5 };
  for (int i = 0; i < 15 && imsi[i]; i++)
    m.imsi[i] = imsi[i];
  far1(out, &m);
}

// Two levels with no caller above the middle: every declared field.
static void send_top(void *out, const struct gsup *g) { encode(out, g); }
// CHECK: :[[@LINE-1]]:57: warning: communication content 'g->ss_info' is exported
// CHECK: :[[@LINE-2]]:57: warning: subscriber identifier 'g->imsi' is exported
// CHECK: :[[@LINE-3]]:57: warning: traffic data 'g->sm_rp_da' is exported
void relay_root(void *out, const struct gsup *g) { send_top(out, g); }

// By value: the copy holds what the caller's object holds.
static void send_copy(void *out, struct gsup g) { encode(out, &g); }
// CHECK: :[[@LINE-1]]:51: warning: traffic data 'g.sm_rp_da' is exported
void sms(void *out, const unsigned char *da) {
  struct gsup m = { .type = 4 };
  m.sm_rp_da = da;
  send_copy(out, m);
}

// A field read on its own keeps its declared category, whatever the caller
// filled (as for a local, docs/design.md).
static void send_field(void *out, const struct gsup *g) {
  struct gsup copy = { .type = 5, .ss_info = g->ss_info };
  encode(out, &copy);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'copy.ss_info' is exported
}
void field_caller(void *out) {
  struct gsup m = { .type = 6 };
  send_field(out, &m);
}
