#pragma once
#include <privacy/annotations.h>
struct msg {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int len;
};
