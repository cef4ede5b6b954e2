#include <privacy/annotations.h>
struct session {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int id;
};
void log_party(const char *party);
