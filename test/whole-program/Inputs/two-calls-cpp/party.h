#include <privacy/annotations.h>
#include <string>
struct Session {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  int id;
};
void logParty(const std::string &party);
