#include "msg.h"

void add_element(struct msg *m, struct ie *ie) { msg_add_ie(m, ie); }
unsigned char *put_space(struct msg *m, unsigned n) { return msgb_put(m, n); }
void touch(struct msg *m, struct ie *ie) {
  (void)m;
  ie->tag = 3;
}
