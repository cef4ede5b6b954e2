#include <privacy/annotations.h>
#include <cstdio>
#include <string>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
};
struct Ue {
  unsigned long long imsi;
};

static std::string copy_of(const std::string &s) { return s; }

void report(const Subscriber &s) {
  std::string id = copy_of(s.imsi);
  printf("%s\n", id.c_str());
}
