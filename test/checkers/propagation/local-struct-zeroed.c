// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A local message zeroed whole with memset or bzero, as C and C++ code
// builds its PDUs (srsRAN 4G's `memset(&pdu, 0, sizeof pdu)` before filling
// one member of the GTP-C union `choice`), holds what the function puts into
// it, like one assigned `{0}`: passed whole to a sink, it carries the
// declared categories of the parts it filled, not the IMSI of the Create
// Session Request member when it is a Delete Session Request. A memset with
// another value, or a message decoded by unknown code, keeps every declared
// field. The twin in the other language is local-struct-zeroed.cpp.
#include <privacy/annotations.h>
#include <string.h>
#include <strings.h>

struct create_req { PRIVACY_SUBSCRIBER_ID unsigned long long imsi; unsigned teid; };
struct delete_req { unsigned teid; unsigned char cause; };
struct pdu {
  unsigned char type;
  union { struct create_req create; struct delete_req del; } choice;
};
PRIVACY_EXPORT_SINK void send_pdu(const struct pdu *p);
int decode(const unsigned char *data, int len, struct pdu *out);

void create(PRIVACY_SUBSCRIBER_ID unsigned long long imsi) {
  struct pdu p;
  memset(&p, 0, sizeof(p));
  struct create_req *c = &p.choice.create;
  c->imsi = imsi;
  send_pdu(&p);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{(p.choice.create.)?}}imsi' is exported
}

void delete_session(unsigned teid) {
  struct pdu p;
  memset(&p, 0, sizeof(p));
  struct delete_req *d = &p.choice.del;
  d->teid = teid;
  p.type = 2;
  send_pdu(&p);
}

void release(unsigned teid) {
  struct pdu p;
  bzero(&p, sizeof p);
  p.choice.del.teid = teid;
  send_pdu(&p);
}

void filled_with_ones(unsigned teid) {
  struct pdu p;
  memset(&p, 0xff, sizeof(p));
  p.choice.del.teid = teid;
  send_pdu(&p);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p.choice.create.imsi' is exported
}

void relay(const unsigned char *data, int len) {
  struct pdu p;
  memset(&p, 0, sizeof(p));
  decode(data, len, &p);
  send_pdu(&p);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p.choice.create.imsi' is exported
}
