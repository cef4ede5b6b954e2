#include "privacy/annotations.h"
struct Cdr { PRIVACY_TRAFFIC_DATA long caller; PRIVACY_LOCATION_DATA long cell; };
void log_info(long);
void export_cell(long);
void onCallEnd(const Cdr &cdr) {
  long caller = cdr.caller; // </code><script>alert("source line")</script>
  log_info(caller);
  log_info(caller); // NOLINT(privacy-logging): PRIV-12 <b>dispute</b> log
  export_cell(cdr.cell);
}
