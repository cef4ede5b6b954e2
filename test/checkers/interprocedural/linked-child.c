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
