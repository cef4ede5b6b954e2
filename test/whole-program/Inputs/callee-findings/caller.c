#include "sub.h"
void from_c(const struct Sub *s) {
  audit(s);
  report_current();
}
void leak_c(PRIVACY_SUBSCRIBER_ID const char *imsi) { log_str(imsi); }
