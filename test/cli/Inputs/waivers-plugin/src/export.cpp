#include <privacy/annotations.h>

PRIVACY_EXPORT_SINK void send_to_partner(long cell);

void export_cell(PRIVACY_LOCATION_DATA long cell) {
  // NOLINTNEXTLINE(privacy-export)
  send_to_partner(cell);
  // NOLINTNEXTLINE(privacy-export): ref=PRIV-9; approved-by=legal; expires=2026-13-01
  send_to_partner(cell);
}
