// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// syslog and vsyslog write their message and its arguments to the system
// log; the priority (argument 0) is not sunk.

#define _DEFAULT_SOURCE /* vsyslog */
#include <privacy/annotations.h>
#include <stdarg.h>
#include <syslog.h>

struct Session {
  PRIVACY_SUBSCRIBER_ID const char *msisdn;
  PRIVACY_TRAFFIC_DATA long bytes;
  int level;
};

void report(struct Session s) {
  syslog(LOG_INFO, "session of %s", s.msisdn);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :13:37: note: 'msisdn' is declared subscriber identifier here
  syslog(LOG_NOTICE, "%ld bytes", s.bytes);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 's.bytes' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  syslog(s.level, "session closed");
}

void vreport(struct Session s, const char *fmt, va_list ap) {
  vsyslog(LOG_INFO, s.msisdn, ap);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.msisdn' is logged
  vsyslog(LOG_INFO, fmt, ap);
}

// The priority argument is not part of the message.
void priority_only(PRIVACY_TRAFFIC_DATA int bytes) {
  syslog(bytes > 1000 ? LOG_WARNING : LOG_INFO, "large transfer");
}
