#include "msg.h"
void send_msg(void *out, const struct gsup *g) { encode(out, g); }
void send_ack(void *out, const char *imsi) {
  struct gsup m = { .type = 1 };
  for (int i = 0; i < 15 && imsi[i]; i++)
    m.imsi[i] = imsi[i];
  send_msg(out, &m);
}
