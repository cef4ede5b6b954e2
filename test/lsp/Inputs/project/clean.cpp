#include <privacy/annotations.h>
#include <cstdio>
#include <string>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  int calls;
};

void report(const Subscriber &s) { std::printf("%d\n", s.calls); }
