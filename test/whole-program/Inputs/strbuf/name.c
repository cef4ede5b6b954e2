#include "strbuf.h"
#include <stdio.h>
char *msg_name_buf(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb = {.buf = buf, .len = len};
  if (!sb.pos)
    sb.pos = sb.buf;
  snprintf(sb.pos, len, "IMSI-%s", m->imsi);
  return buf;
}
char *msg_type_buf(char *buf, size_t len, const struct msg *m) {
  char scratch[32];
  struct strbuf sb = {.buf = buf, .len = len, .pos = buf};
  snprintf(scratch, sizeof(scratch), "IMSI-%s", m->imsi);
  snprintf(sb.pos, len, "type %d", m->type);
  return buf;
}
void strbuf_init(struct strbuf *sb, char *buf, size_t len) {
  sb->buf = buf;
  sb->len = len;
  sb->pos = buf;
}
