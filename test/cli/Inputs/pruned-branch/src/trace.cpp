#include <privacy/annotations.h>
PRIVACY_LOG_SINK void log_imsi(const char *imsi);
struct Ue { PRIVACY_SUBSCRIBER_ID char imsi[16]; };
constexpr bool kTrace = false;
void detach(Ue &u) {
  if (kTrace)
    log_imsi(u.imsi);
}
