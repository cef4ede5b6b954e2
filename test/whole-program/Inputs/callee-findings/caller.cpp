#include "sub.h"
#include <string>
void from_cpp(const Sub &s) {
  audit(&s);
  report_current();
}
void leak_cpp(PRIVACY_SUBSCRIBER_ID const std::string &msisdn) {
  log_str(msisdn.c_str());
}
