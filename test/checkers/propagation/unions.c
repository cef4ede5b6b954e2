// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A union with one member holding personal data: only that member carries
// the category, not its siblings - also deep in a structure, where paths are
// otherwise cut (a union member is never where a path is cut), and through
// a callee's parameter.
#include <privacy/annotations.h>
#include <stdio.h>
#include <string.h>

struct mobile_id {
  unsigned char type;
  union {
    PRIVACY_SUBSCRIBER_ID char imsi[16];
    unsigned tmsi;
  } u;
};
struct nas { struct mobile_id mi; };
struct ue {
  struct nas nas;
  union {
    PRIVACY_LOCATION_DATA unsigned tai;
    unsigned spare;
  };
};

void static_members(const struct ue *ue, const struct mobile_id *mi) {
  printf("%s\n", mi->u.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'mi->u.imsi' is logged
  printf("%u\n", mi->u.tmsi);   // the other member
  printf("%u\n", ue->tai);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'ue->tai' is logged
  printf("%u\n", ue->spare);    // the other member of the anonymous union
  printf("%u\n", ue->nas.mi.u.tmsi);
}

/* No annotation inside: what it holds is what was written. */
struct plain_mi {
  unsigned char type;
  union {
    char digits[16];
    unsigned tmsi;
  } u;
};
struct plain_ue { struct { struct plain_mi mi; } nas; };

void deep_write(struct plain_ue *ue, PRIVACY_SUBSCRIBER_ID const char *imsi) {
  strcpy(ue->nas.mi.u.digits, imsi);
  printf("%u\n", ue->nas.mi.u.tmsi); // four fields deep: still the other member
  printf("%u\n", ue->nas.mi.type);
  printf("%s\n", ue->nas.mi.u.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}

static void log_tmsi(const struct plain_ue *ue) { printf("%u\n", ue->nas.mi.u.tmsi); }
static void log_digits(const struct plain_ue *ue) { printf("%s\n", ue->nas.mi.u.digits); }
// CHECK: :[[@LINE-1]]:53: warning: subscriber identifier 'id' is logged
void through_callee(struct plain_ue *ue, PRIVACY_SUBSCRIBER_ID const char *id) {
  strcpy(ue->nas.mi.u.digits, id);
  log_tmsi(ue);
  log_digits(ue);
}

// A designated initialiser of a union fills the member it names, not the
// first one.
union nas_id {
  unsigned tmsi;
  const char *imsi;
};
void designated(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  union nas_id x = {.imsi = imsi};
  printf("%s\n", x.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  union nas_id y = {.tmsi = 7};
  printf("%u\n", y.tmsi);
}

// A member of an anonymous union is named as C names it: 'q->id.imsi'.
struct mdns_id {
  int type;
  union {
    PRIVACY_SUBSCRIBER_ID char imsi[16];
    char service[16];
  };
};
struct mdns_query { struct mdns_id id; };
void anonymous_member(const struct mdns_query *q) {
  printf("%s\n", q->id.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'q->id.imsi' is logged
  printf("%s\n", q->id.service);
}
