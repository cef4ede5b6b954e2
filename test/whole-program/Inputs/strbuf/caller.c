#include "strbuf.h"
void on_update(const struct msg *m) {
  char b[32], t[32];
  log_str(msg_name_buf(b, sizeof(b), m));
  log_str(msg_type_buf(t, sizeof(t), m));
}
