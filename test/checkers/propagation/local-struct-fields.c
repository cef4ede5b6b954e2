// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A local struct built with an initialiser holds what the function puts into
// it: passed whole to a sink, it carries the declared categories of the
// fields it filled, not of those left zero (issue 10: a GSUP message that
// only sets the IMSI was also reported as its SMS and USSD fields). The
// twin in the other language is local-struct-fields.cpp.
#include <privacy/annotations.h>

struct gsup {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_TRAFFIC_DATA const unsigned char *sm_rp_da;
  PRIVACY_COMMUNICATION_CONTENT const unsigned char *ss_info;
  int type;
};
PRIVACY_EXPORT_SINK int encode(const struct gsup *g);
void copy_imsi(char *dst, const char *src);
int decode(const unsigned char *data, int len, struct gsup *out);

void only_imsi_by_element(const char *src) {
  struct gsup del = { .type = 3 };
  for (int i = 0; i < 15 && src[i]; i++)
    del.imsi[i] = src[i];
  encode(&del);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'del.imsi' is exported
}

void only_imsi_by_call(const char *src) {
  struct gsup del = { .type = 3, .sm_rp_da = 0 };
  copy_imsi(del.imsi, src); // unknown code given the field
  encode(&del);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'del.imsi' is exported
}

void sms_by_assignment(const unsigned char *da) {
  struct gsup m = { .type = 1 };
  m.sm_rp_da = da;
  encode(&m);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'm.sm_rp_da' is exported
}

void content_by_initialiser(const unsigned char *payload) {
  struct gsup m = { .ss_info = payload };
  encode(&m);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'm.ss_info' is exported
}

// Filled by code the analysis does not see: every declared field counts.
void decoded(const unsigned char *data, int len) {
  struct gsup m = { .type = 0 };
  decode(data, len, &m);
  encode(&m);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'm.ss_info' is exported
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 'm.imsi' is exported
  // CHECK: :[[@LINE-3]]:3: warning: traffic data 'm.sm_rp_da' is exported
}

// Nothing personal filled: no finding.
void nothing_filled(void) {
  struct gsup ack = { .type = 7, .sm_rp_da = 0, .ss_info = 0 };
  encode(&ack);
  struct gsup lit = (struct gsup){ .type = 8 }; // a compound literal
  encode(&lit);
}

// Declared bare, then built whole from a compound literal: as initialised.
void assigned_literal(const unsigned char *da, const struct gsup *in, int c) {
  struct gsup r;
  r = (struct gsup){ .type = 4 };
  encode(&r);
  struct gsup s;
  s = (struct gsup){ .type = 5, .sm_rp_da = da };
  encode(&s);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 's.sm_rp_da' is exported
  struct gsup t;
  t = (struct gsup){ .type = 6 };
  if (c)
    t = *in; // another whole assignment may bring anything
  encode(&t);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 't.ss_info' is exported
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 't.imsi' is exported
  // CHECK: :[[@LINE-3]]:3: warning: traffic data 't.sm_rp_da' is exported
}

// Without an initialiser the object's content is unknown: every field counts.
void uninitialised(void) {
  struct gsup m;
  m.type = 2;
  encode(&m);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'm.ss_info' is exported
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 'm.imsi' is exported
  // CHECK: :[[@LINE-3]]:3: warning: traffic data 'm.sm_rp_da' is exported
}

// A function analysed here that is given the object writes only where its
// body writes through the parameter (directly, or by handing it on).
static void set_type(struct gsup *g, int t) { g->type = t; }
static void set_imsi(struct gsup *g, const char *src) {
  copy_imsi(g->imsi, src);
}
static void set_all(struct gsup *g, const unsigned char *d, int n) {
  decode(d, n, g); // unknown code given the whole object
}
static void set_via_alias(struct gsup *g) {
  struct gsup *h = g;
  h->ss_info = 0;
}
void filled_by_callee(const char *src, const unsigned char *d, int n) {
  struct gsup a = { .type = 0 };
  set_type(&a, 1);
  encode(&a);
  struct gsup b = { .type = 0 };
  set_imsi(&b, src);
  encode(&b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'b.imsi' is exported
  struct gsup c = { .type = 0 };
  set_all(&c, d, n);
  encode(&c);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'c.ss_info' is exported
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 'c.imsi' is exported
  // CHECK: :[[@LINE-3]]:3: warning: traffic data 'c.sm_rp_da' is exported
  struct gsup e = { .type = 0 };
  set_via_alias(&e);
  encode(&e);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'e.ss_info' is exported
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 'e.imsi' is exported
  // CHECK: :[[@LINE-3]]:3: warning: traffic data 'e.sm_rp_da' is exported
}
