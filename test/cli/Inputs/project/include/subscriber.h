// A header included by two translation units: its finding must appear once.
#pragma once
inline void traceImsi(long imsi) {
  log_debug(imsi); // FAKE-FINDING: privacy-logging subscriber_id log imsi key=traceImsi|imsi
}
