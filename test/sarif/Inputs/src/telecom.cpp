#include "privacy/annotations.h"
struct Cdr { PRIVACY_TRAFFIC_DATA long caller; };
void log_info(long);
void onCallEnd(const Cdr &cdr) {
  long caller = cdr.caller;
  log_info(caller);
  log_info(caller); // NOLINT(privacy-logging): billing dispute log, approved by DPO 2026-03
  // NOLINTNEXTLINE(privacy-export, privacy-log*) -- reviewed in PRIV-12
  log_info(caller);
  log_info(caller); // NOLINT(privacy-export): wrong check, not suppressed
  log_info(caller); // NOLINT
  // NOLINTBEGIN(privacy-logging): legacy module, removal tracked in PRIV-7
  log_info(caller);
  log_info(caller); /* NOLINT(privacy-*) */
  // NOLINTEND(privacy-logging)
  log_info(caller); // NOLINTNEXTLINE(privacy-logging) applies to the next line only
}
