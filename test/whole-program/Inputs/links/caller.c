#include "msg.h"
#include <string.h>

void send_identity(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  add_element(m, ie);
  strcpy(ie->value, imsi);
  msg_send(m);
}

void put_identity(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  unsigned char *p = put_space(m, 16);
  memcpy(p, imsi, 16);
  msg_send(m);
}

void touch_only(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct msg *m = msg_alloc();
  struct ie *ie = ie_alloc();
  touch(m, ie);
  strcpy(ie->value, imsi);
  msg_send(m);
}
