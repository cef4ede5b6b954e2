#include <privacy/annotations.h>

PRIVACY_CONSENT_CHECK("marketing") bool has_consent(long msisdn);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing") void send_offer(long v);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("billing") void bill(long v);
PRIVACY_LOG_SINK void log_line(long v);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("statistics") void send_stats(long v);
PRIVACY_ANONYMIZER long coarse(long cell);
long area(long cell) { return coarse(cell); }

struct Call {
  PRIVACY_SUBSCRIBER_ID long msisdn;
  PRIVACY_TRAFFIC_DATA long duration;
  PRIVACY_LOCATION_DATA long cell;
};

void handle(const Call &c) {
  if (has_consent(c.msisdn))
    send_offer(c.msisdn);   // lawful: consent for the purpose
  bill(c.duration);         // lawful: billing needs no consent
  log_line(c.msisdn);       // a violation
  send_stats(coarse(c.cell)); // lawful: anonymised first
  send_stats(area(c.cell));   // lawful: anonymised in the callee
}
