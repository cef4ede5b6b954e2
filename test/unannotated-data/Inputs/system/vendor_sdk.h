// A vendor SDK seen as a system header.
#pragma once
#include <stdint.h>

struct vendor_session {
  uint64_t vendor_imsi;
};
uint64_t vendor_get_msisdn(void);
typedef uint64_t vendor_imsi_t;
