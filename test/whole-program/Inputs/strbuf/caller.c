#include "strbuf.h"
#include <stdio.h>
void on_update(const struct msg *m) {
  char b[32], t[32];
  log_str(msg_name_buf(b, sizeof(b), m));
  log_str(msg_type_buf(t, sizeof(t), m));
}
static char *local_name(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb;
  strbuf_init(&sb, buf, len);
  snprintf(sb.pos, len, "IMSI-%s", m->imsi);
  return buf;
}
void on_attach(const struct msg *m) {
  char b[32];
  log_str(local_name(b, sizeof(b), m));
}
