// A message module (send.c) used from C (caller.c) and C++ (caller.cpp).
#include <privacy/annotations.h>
#ifdef __cplusplus
extern "C" {
#endif
struct gsup {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_TRAFFIC_DATA const unsigned char *sm_rp_da;
  PRIVACY_COMMUNICATION_CONTENT const unsigned char *ss_info;
  int type;
};
PRIVACY_EXPORT_SINK int encode(void *out, const struct gsup *g);
void send_msg(void *out, const struct gsup *g);
#ifdef __cplusplus
}
#endif
