#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_line(unsigned long long value);

void on_attach(PRIVACY_SUBSCRIBER_ID unsigned long long imsi) {
  log_line(imsi); /* NOLINT(privacy-logging): DPIA-2026-03; approved-by=dpo; expires=2027-06-30; fraud tracing */
  log_line(imsi); /* NOLINT(privacy-logging): DPIA-2025-11; approved-by=dpo; expires=2026-01-31; migration */
}
