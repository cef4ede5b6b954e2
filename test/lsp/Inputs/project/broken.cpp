#include <privacy/annotations.h>
#include <cstdio>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
};

void report(const Subscriber &s) { std::printf("%s\n", s.imsi); }

int unfinished( {
