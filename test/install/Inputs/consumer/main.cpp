#include <privacy/annotations.h>

#include <cstdio>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
};

int main() {
  Subscriber S{"204080000000001"};
  std::printf("%s\n", S.imsi);
  return 0;
}
