// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/links.json'}}" \
// RUN:   -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Links across functions: the project's own wrappers of an attach call (a
// function that attaches its argument, one that returns a pointer into its
// argument, one that returns an element it attached) leave the caller's
// objects attached, through their summaries. A function that only touches
// both does not.
#include <privacy/annotations.h>
#include <string.h>

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

static void add_element(struct msg *m, struct ie *ie) { msg_add_ie(m, ie); }
static void add_twice_removed(struct msg *m, struct ie *ie) {
  add_element(m, ie);
}
static unsigned char *put_space(struct msg *m, unsigned n) {
  return msgb_put(m, n);
}
static struct ie *new_element(struct msg *m) {
  struct ie *ie = ie_alloc();
  msg_add_ie(m, ie);
  return ie;
}
static void touch(struct msg *m, struct ie *ie) {
  (void)m;
  ie->tag = 3;
}
static struct ie *loose_element(struct msg *m) {
  (void)m;
  return ie_alloc();
}

void via_wrapper(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  add_element(m, ie);
  strcpy(ie->value, imsi); // filled after the wrapper attached it
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation
}

void via_two_wrappers(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  add_twice_removed(m, ie);
  strcpy(ie->value, imsi);
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}

void via_put(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  unsigned char *p = put_space(m, 16);
  memcpy(p, imsi, 16);
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}

void via_new(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = new_element(m);
  strcpy(ie->value, imsi);
  msg_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}

// Not attached: a function that only uses both, a result from elsewhere,
// a variable re-pointed after the call.
void not_linked(PRIVACY_SUBSCRIBER_ID const char *imsi, struct ie *spare) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  touch(m, ie);
  strcpy(ie->value, imsi);
  struct ie *other = loose_element(m);
  strcpy(other->value, imsi);
  struct ie *moved = new_element(m);
  moved = spare;
  strcpy(moved->value, imsi);
  msg_send(m);
}
