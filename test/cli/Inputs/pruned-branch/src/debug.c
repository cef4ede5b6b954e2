#include <privacy/annotations.h>
PRIVACY_LOG_SINK void log_imsi(const char *imsi);
struct ue { PRIVACY_SUBSCRIBER_ID char imsi[16]; };
void attach(struct ue *p) {
  int debug = 0;
  if (debug)
    log_imsi(p->imsi);
}
