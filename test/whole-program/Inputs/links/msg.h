#include <privacy/annotations.h>

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

void add_element(struct msg *m, struct ie *ie);
unsigned char *put_space(struct msg *m, unsigned n);
void touch(struct msg *m, struct ie *ie);
