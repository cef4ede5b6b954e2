// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c11 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'

// Correct annotations in C, in both attribute positions, produce nothing.

#include <privacy/annotations.h>

typedef PRIVACY_SUBSCRIBER_ID unsigned long long imsi_t;
typedef unsigned long long msisdn_t PRIVACY_SUBSCRIBER_ID;
struct PRIVACY_LOCATION_DATA cell_id {
  int lac, ci;
};
union PRIVACY_COMMUNICATION_CONTENT payload {
  char text[160];
  unsigned char octets[140];
};

struct cdr {
  imsi_t caller;
  const char *called PRIVACY_TRAFFIC_DATA;
  PRIVACY_TRAFFIC_DATA long seconds;
  struct cell_id cell;
};

PRIVACY_ANONYMIZER int region_of(const struct cell_id *cell);
unsigned long long token_of(imsi_t imsi) PRIVACY_PSEUDONYMIZER;
PRIVACY_CONSENT_CHECK("marketing") int has_consent(imsi_t imsi);
PRIVACY_LOCATION_DATA struct cell_id serving_cell(imsi_t imsi);

void log_line(const char *fmt, ...) PRIVACY_LOG_SINK;
void trace(int level, PRIVACY_LOG_SINK const char *text);
PRIVACY_EXPORT_SINK PRIVACY_PURPOSE("marketing") void send_offer(imsi_t who);
PRIVACY_RETAIN_SINK PRIVACY_RETENTION_DAYS(90)
void store_cdr(const struct cdr *record);
void charge(PRIVACY_TRAFFIC_DATA long units);
