#include "privacy/annotations.h"
void log_info(long);
void onAttach(PRIVACY_SUBSCRIBER_ID long imsi) {
  log_info(imsi); // NOLINT(privacy-logging): DPIA-2026-03; approved-by=dpo; expires=2027-06-30; attach tracing for fraud cases
  log_info(imsi); /* NOLINT(privacy-logging): ref=PRIV-12; Approved-By=Jan de Vries (DPO); expires=2026-13-01 */
  log_info(imsi); // NOLINT(privacy-logging): Billing; ref=DPIA-9; approved-by=dpo; reason one; reason two
  log_info(imsi); // NOLINT(privacy-logging): kept because x = y holds; see PRIV-3
  log_info(imsi); // NOLINT(privacy-logging): expiry=2026-01-01; ticket=OPS-1; reviewed
}
