#include <privacy/annotations.h>

struct ue {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int state;
};
void my_log(int lvl, const char *fmt, ...);
