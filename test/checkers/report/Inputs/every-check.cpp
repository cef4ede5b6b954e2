#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_line(long v);
// privacy-annotations: a period on a sink that is not a retention sink.
PRIVACY_EXPORT_SINK PRIVACY_RETENTION_DAYS(30) void upload(long v);

struct Session {
  PRIVACY_SUBSCRIBER_ID long imsi;
  long msisdn; // privacy-unannotated-data: looks like a subscriber number
};

void report(const Session &s) { log_line(s.imsi); }
