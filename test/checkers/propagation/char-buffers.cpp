// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <cstdio>
#include <cstring>

void via_snprintf(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  char buf[64];
  snprintf(buf, sizeof buf, "imsi=%s", imsi);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-5]]:{{[0-9]+}}: note: 'imsi' is declared subscriber identifier here
  // CHECK: :[[@LINE-4]]:3: note: flows into 'buf' through 'snprintf()'
}

void via_sprintf(PRIVACY_TRAFFIC_DATA long seconds) {
  char buf[32];
  sprintf(buf, "%ld", seconds);
  printf("%s\n", buf);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'buf' through 'sprintf()'
}

void via_strcpy_strcat(PRIVACY_SUBSCRIBER_ID const char *msisdn) {
  char buf[64];
  strcpy(buf, "caller ");
  strcat(buf, msisdn);
  puts(buf);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'buf' through 'strcat()'
  char other[64];
  strcpy(other, buf);
  puts(other);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'other' through 'strcpy()'
}

void via_memcpy(PRIVACY_COMMUNICATION_CONTENT const char *sms, size_t n) {
  char body[160];
  memcpy(body, sms, n);
  printf("%.*s\n", (int)n, body);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'body' through 'memcpy()'
}

// Negative: the length of a personal buffer is not personal; a buffer filled
// only from constants is clean; a buffer overwritten by strcpy of a constant
// is clean again.
void clean(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  char buf[64];
  snprintf(buf, sizeof buf, "imsi=%s", imsi);
  printf("%zu\n", strlen(buf));
  char status[16];
  snprintf(status, sizeof status, "%d", 200);
  puts(status);
  strcpy(buf, "redacted");
  puts(buf);
}
