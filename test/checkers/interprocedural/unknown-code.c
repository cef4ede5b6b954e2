// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/builders.json'}}" \
// RUN:   -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Functions without a body or a model, in C. Their result carries the data
// of their arguments when it can be made of them: strings, characters,
// buffers, floating-point values, the arguments' own struct. Integers,
// enums and booleans (status codes, error causes, counts, lengths) do not,
// nor does the context a lookup by a key returns. A model says precisely
// what a builder returns (`propagate` with `at`).
#include <privacy/annotations.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

PRIVACY_LOG_SINK void LOGP(int ss, const char *fmt, ...);

enum gsm48_cause { CAUSE_OK, CAUSE_IMSI_UNKNOWN };
struct subscr {
  char imsi[16];
  char msisdn[16];
  unsigned tmsi;
};
struct mobile_identity {
  int type;
  struct { char digits[16]; } id;
};

int hlr_update(const char *imsi);
enum gsm48_cause check_imsi(const char *imsi);
bool imsi_valid(const char *imsi);
size_t imsi_len(const char *imsi);
uint8_t imsi_digit_count(const char *imsi);
const char *imsi_name(const char *imsi);
void *imsi_dup(const char *imsi);
char imsi_first(const char *imsi);
double imsi_weight(const char *imsi);
struct subscr *subscr_find_by_imsi(const char *imsi);
struct subscr *subscr_next(struct subscr *s);
struct subscr *subscr_create(const char *imsi);
void mi_encode(struct mobile_identity *mi, const char *imsi);
uint64_t msisdn_to_u64(const char *msisdn);
struct subscr *subscr_find_by_msisdn(const char *msisdn);

void update(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  int rv = hlr_update(imsi);
  LOGP(0, "update: rv=%d", rv);
  enum gsm48_cause cause = check_imsi(imsi);
  LOGP(0, "cause=%d valid=%d len=%zu digits=%u", cause, imsi_valid(imsi),
       imsi_len(imsi), imsi_digit_count(imsi));
  LOGP(0, "atoi=%d", atoi(imsi)); // a model: the number parsed is the data
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  LOGP(0, "name=%s", imsi_name(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-2]]:22: note: passed through 'imsi_name()'
  LOGP(0, "dup=%s", (char *)imsi_dup(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  LOGP(0, "first=%c", imsi_first(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  LOGP(0, "weight=%f", imsi_weight(imsi));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  struct subscr *s = subscr_find_by_imsi(imsi); // a lookup: not the key
  LOGP(0, "tmsi=%u", s->tmsi);
}

void walk(PRIVACY_SUBSCRIBER_ID struct subscr *s) {
  LOGP(0, "next=%s", subscr_next(s)->msisdn); // the argument's own struct
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's' is logged
}

void build(PRIVACY_SUBSCRIBER_ID const char *imsi,
           PRIVACY_SUBSCRIBER_ID const char *msisdn) {
  struct subscr *s = subscr_create(imsi);
  LOGP(0, "tmsi=%u", s->tmsi); // the builder filled imsi only
  LOGP(0, "imsi=%s", s->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  struct mobile_identity mi;
  mi_encode(&mi, imsi);
  LOGP(0, "type=%d", mi.type);
  LOGP(0, "digits=%s", mi.id.digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  LOGP(0, "msisdn=%llu", (unsigned long long)msisdn_to_u64(msisdn));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'msisdn' is logged
  LOGP(0, "found=%u", subscr_find_by_msisdn(msisdn)->tmsi);
}

// Unknown code given a character buffer may write its other arguments into
// it (`*_buf(char *buf, size_t len, ...)`, how C builds strings); a buffer
// it only reads (const) is not written, nor one given only numbers.
int quote_buf(char *buf, unsigned len, const char *s, int n);
int hex_parse(const char *s, unsigned char *out, unsigned max);
int compare_buf(const char *a, const char *b);
int fill_code(char *buf, unsigned len, int code);

void buffers(PRIVACY_SUBSCRIBER_ID const char *imsi, char *label) {
  char out[32];
  quote_buf(out, sizeof(out), imsi, -1);
  LOGP(0, "%s", out);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  unsigned char bytes[8];
  hex_parse(imsi, bytes, sizeof(bytes));
  LOGP(0, "%02x", bytes[0]);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  compare_buf(label, imsi);
  LOGP(0, "%s", label); // read only: not written
  char code[8];
  fill_code(code, sizeof(code), 42);
  LOGP(0, "%s", code); // only a number given
}
