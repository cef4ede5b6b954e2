// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/sink-with-body.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function a model names (a sink, an anonymizer), defined in this TU:
// callers use the model, and the body is analysed too, for what it leaks
// itself (issue 10: a modelled export function's own log was missed). A
// sink of the kind the model gives it is how it does what the model says.
// The twin in the other language is model-sink-with-body.c.
#include <privacy/annotations.h>

struct msg {
  char imsi[16];
  int len;
};
PRIVACY_LOG_SINK void logp(int level, const char *fmt, ...);
int encode(const struct msg *m);
PRIVACY_EXPORT_SINK void raw_send(const char *bytes);

int enc_send(const struct msg *m) {
  logp(1, "Tx %s", m->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  logp(1, "Tx %d", m->len); // not personal: no finding
  raw_send(m->imsi); // the export its model describes: its callers are told
  return encode(m);
}

unsigned hash_msg(const struct msg *m) {
  logp(1, "hashing %s", m->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  return (unsigned)m->len;
}

void caller(const struct msg *m) {
  enc_send(m);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is exported
  logp(1, "%u", hash_msg(m)); // anonymised first: lawful
}
