#include "msg.h"
void only_type(void *out) {
  struct gsup m = { .type = 2 };
  send_msg(out, &m);
}
void ussd(void *out, const unsigned char *payload) {
  struct gsup m = { .type = 3, .ss_info = payload };
  send_msg(out, &m);
}
static void relay(void *out, const struct gsup *g) { send_msg(out, g); }
void ussd_relayed(void *out, const unsigned char *payload) {
  struct gsup m = { .type = 4, .ss_info = payload };
  relay(out, &m);
}
