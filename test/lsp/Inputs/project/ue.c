#include <privacy/annotations.h>
#include <stdio.h>

struct subscriber {
  PRIVACY_SUBSCRIBER_ID const char *msisdn;
};

void report(const struct subscriber *s) {
  printf("%s\n", s->msisdn);
}
