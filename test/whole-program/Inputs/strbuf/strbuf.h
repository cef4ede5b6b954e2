#include <privacy/annotations.h>
#include <stddef.h>
struct msg {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int type;
};
struct strbuf {
  char *buf;
  size_t len;
  char *pos;
};
PRIVACY_LOG_SINK void log_str(const char *s);
char *msg_name_buf(char *buf, size_t len, const struct msg *m);
void strbuf_init(struct strbuf *sb, char *buf, size_t len);
char *msg_type_buf(char *buf, size_t len, const struct msg *m);
