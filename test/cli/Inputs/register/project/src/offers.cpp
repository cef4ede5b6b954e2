#include "cdr.h"

void offer(const cdr &c) {
  if (has_marketing_consent(c.msisdn))
    send_offer(c.msisdn);
  // Suppressed, yet still a processing operation of the register.
  log_line(c.duration); // NOLINT(privacy-logging)
}
