// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An anonymous struct or union member has no name of its own:
// `message.gmm.cuc.time_zone` is, in the AST, four fields and two anonymous
// unions. Anonymous members do not count towards the depth of a path (three
// named fields), or every member of such a message (open5gs' NAS messages)
// would be cut to its ancestor and read what any sibling holds.

#include <privacy/annotations.h>
#include <stdio.h>
#include <string.h>

typedef struct PRIVACY_SUBSCRIBER_ID { unsigned char digits[8]; } guti_t;
typedef struct {
  int presencemask;
  guti_t guti;
  char imsi[16];
  unsigned char time_zone;
} cuc_t;
typedef struct { int h; union { cuc_t cuc; int other; }; } gmm_t;
typedef struct { int h; union { gmm_t gmm; int gsm; }; } message_t;

void build(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  message_t message;
  memset(&message, 0, sizeof(message));
  cuc_t *cuc = &message.gmm.cuc;
  unsigned char *tz = &cuc->time_zone;
  *tz = 3;
  printf("%x\n", *tz);
  strcpy(message.gmm.cuc.imsi, imsi);
  printf("%x %d\n", message.gmm.cuc.time_zone, cuc->presencemask);
  printf("%s\n", message.gmm.cuc.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  printf("%x\n", cuc->guti.digits[0]);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cuc->guti' is logged
}
