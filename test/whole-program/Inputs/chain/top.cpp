#include "chain.h"
void top(PRIVACY_SUBSCRIBER_ID const std::string &imsi) { middle_log(imsi); }
