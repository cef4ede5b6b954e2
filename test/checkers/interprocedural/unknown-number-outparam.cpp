// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Unknown code may write its arguments into a character buffer among them,
// but the address of one uint8_t (a variable or a field, no array element)
// is where it returns a number (srsRAN 4G's HSS `gen_update_loc_answer(imsi,
// &esm->qci)`), as an integer result carries nothing. A plain char stays a
// character, and an array or an element's address stays a buffer.

#include <privacy/annotations.h>
#include <stdint.h>
#include <stdio.h>

int update_location(uint64_t imsi, uint8_t *qci);    // no body
int encode_imsi(uint64_t imsi, uint8_t *out);        // no body
int first_digit(uint64_t imsi, char *digit);         // no body
struct esm { uint8_t qci; uint8_t ebi; };

void attach(PRIVACY_SUBSCRIBER_ID uint64_t imsi, struct esm *e) {
  uint8_t q = 0;
  update_location(imsi, &q);
  printf("qci %d\n", q);
  update_location(imsi, &e->qci);
  printf("qci %d\n", e->qci);
  uint8_t buf[16];
  encode_imsi(imsi, buf);
  printf("%s\n", (const char *)buf);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  uint8_t part[16];
  encode_imsi(imsi, &part[2]);
  printf("%s\n", (const char *)part);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  char d;
  first_digit(imsi, &d);
  printf("%c\n", d);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}
