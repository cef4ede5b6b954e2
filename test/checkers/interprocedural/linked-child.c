// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/links.json'}}" \
// RUN:   -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-export' %s -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOMODEL --allow-empty

// An argument that stays linked to its container: an information element
// attached to a message, then filled. The message's later export carries
// what was written into the element after it was attached ("links" in the
// model). Without the model the attachment is unknown code: nothing.
#include <privacy/annotations.h>
#include <string.h>
// NOMODEL-NOT: {{warning|error}}:

struct ie {
  char value[32];
  int tag;
};
struct msg;
struct msg *msg_alloc(void);
struct ie *ie_alloc(void);
void msg_add_ie(struct msg *m, struct ie *ie);
PRIVACY_EXPORT_SINK void msg_send(const struct msg *m);
unsigned char *msgb_put(struct msg *m, unsigned len);

void send_identity(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  msg_add_ie(m, ie);
  ie->tag = 1;
  strcpy(ie->value, imsi); // filled after it was attached
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation
}

void send_other(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *attached = ie_alloc(), *loose = ie_alloc();
  msg_add_ie(m, attached);
  attached->tag = 2;
  strcpy(loose->value, imsi); // never attached to m
  msg_send(m);
}

// A result that points into its argument (libosmocore's msgb_put): what is
// written through it is in the message ("from": "return").
void put_identity(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  unsigned char *p = msgb_put(m, 16);
  memcpy(p, imsi, 16);
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  struct msg *n = msg_alloc();
  memcpy(msgb_put(n, 16), imsi, 16);
  msg_send(n);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}

void put_elsewhere(PRIVACY_SUBSCRIBER_ID const char *imsi,
                   unsigned char *scratch) {
  struct msg *m = msg_alloc(), *other = msg_alloc();
  unsigned char *p = msgb_put(m, 16);
  p = scratch; // no longer in m
  memcpy(p, imsi, 16);
  memcpy(msgb_put(other, 16), imsi, 16);
  msg_send(m);
}
