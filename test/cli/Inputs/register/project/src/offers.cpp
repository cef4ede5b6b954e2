#include "cdr.h"

void offer(const cdr &c) {
  if (has_marketing_consent(c.msisdn))
    send_offer(c.msisdn);
}
