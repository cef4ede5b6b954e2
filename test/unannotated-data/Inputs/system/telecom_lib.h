// A third-party telecom library seen as a system header: its declarations
// are never reported, but its type names still speak for the user's
// declarations of those types.
#pragma once
#include <stdint.h>

struct osmo_location_area_id {
  uint16_t mcc, mnc, lac;
};
typedef uint64_t osmo_imsi_t;
struct osmo_plmn_id {
  uint16_t mcc, mnc;
};
uint64_t osmo_get_imsi(void);
struct gsm0808_cell_id {
  uint16_t lac, ci;
};
