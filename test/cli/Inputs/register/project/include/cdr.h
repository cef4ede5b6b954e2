/* A call record and the sinks of test/cli/register-c-cpp.test (C and C++). */
#include <privacy/annotations.h>

struct cdr {
  PRIVACY_SUBSCRIBER_ID long msisdn;
  PRIVACY_TRAFFIC_DATA long duration;
};

PRIVACY_LOG_SINK void log_line(long v);
PRIVACY_RETAIN_SINK PRIVACY_PURPOSE("billing") PRIVACY_RETENTION_DAYS(30) void
keep_for_billing(long v);
/* A purpose that needs quoting in CSV: a comma and quotes. */
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("research, \"beta\"") void
send_research(long v);
PRIVACY_CONSENT_CHECK("marketing") int has_marketing_consent(long msisdn);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing") void send_offer(long v);

/* Included by both translation units: one row, one location. */
static inline void trace_cdr(const struct cdr *c) { log_line(c->msisdn); }
