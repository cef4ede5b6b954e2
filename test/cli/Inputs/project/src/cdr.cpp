// FAKE-INCLUDE: ../include/subscriber.h
struct Cdr { long caller; long cell; };
void onCallEnd(const Cdr &cdr) {
  long caller = cdr.caller; // FAKE-STEP: source 'cdr.caller' is traffic data
  log_info(caller); // FAKE-FINDING: privacy-logging traffic log cdr.caller key=onCallEnd|cdr.caller|log_info
  // NOLINTNEXTLINE(privacy-logging): billing dispute log, approved by DPO 2026-03
  log_billing(caller); // FAKE-FINDING: privacy-logging traffic log cdr.caller key=onCallEnd|cdr.caller|log_billing
}
