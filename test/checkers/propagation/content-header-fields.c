// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/content-pdu.json'}}" \
// RUN:   -- %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Communication content is the message's bytes (law.json "inNumericFields":
// false). A number, an enum or a bool read out of a field of a message that
// is content as a whole - its header's sequence number, a length, a type
// tag, a tunnel id - is protocol metadata; the payload's bytes, the header
// as a record and anything declared content keep the category. Other
// categories keep their numbers: an IMSI or a cell id is a number.
#include <privacy/annotations.h>
#include <stdint.h>
#include <stdio.h>

enum msg_type { MSG_DATA, MSG_CTRL };
struct teid { uint32_t v; };
struct hdr {
  uint16_t seq;
  enum msg_type type;
  _Bool has_ext;
  struct teid teid;
  PRIVACY_COMMUNICATION_CONTENT uint32_t user_word;
};
struct pdu {
  struct hdr hdr;
  uint32_t len;
  uint8_t data[1500];
  const uint8_t *payload;
};
struct ue_id { uint64_t imsi; uint32_t tmsi; };

PRIVACY_LOG_SINK void log_hdr(const struct hdr *);
PRIVACY_LOG_SINK void log_bytes(const uint8_t *, size_t);

static uint16_t seq_of(const struct pdu *p) { return p->hdr.seq; }
static uint8_t first_byte(const struct pdu *p) { return p->data[0]; }
static const uint8_t *body(const struct pdu *p) { return p->payload; }
static struct hdr parse_hdr(const struct pdu *p) {
  struct hdr h = {.seq = p->data[2]};
  return h;
}
/* A header parsed from its parameter's bytes, then logged: the callee
   cannot tell the caller's category, the caller drops content. */
static void log_count(const uint8_t *bytes) {
  struct hdr h = {0};
  h.seq = (uint16_t)(bytes[0] << 8 | bytes[1]);
  printf("count=%u\n", h.seq + 1u);
}
static void log_raw(const uint8_t *bytes) { printf("raw=%u\n", bytes[0]); }
// CHECK: :[[@LINE-1]]:45: warning: communication content 'p' is logged
/* One sink given both, the number first: the byte is still content. */
static void log_count_and_byte(const uint8_t *bytes) {
  struct hdr h = {0};
  h.seq = bytes[0];
  printf("%u %u\n", h.seq, bytes[1]);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
}
static void parse_seq(struct hdr *h, const struct pdu *p) {
  h->seq = (uint16_t)((p->data[0] << 8) | p->data[1]);
}

void handle_pdu(struct pdu *p) {
  // Header numbers: metadata.
  printf("seq=%u len=%u type=%d ext=%d teid=%u\n", p->hdr.seq, p->len,
         p->hdr.type, p->hdr.has_ext, p->hdr.teid.v);
  uint16_t sn = p->hdr.seq;
  printf("sn=%u\n", sn);
  struct teid t = p->hdr.teid;
  printf("teid=%u\n", t.v);
  // The same through summaries: a field of parameter 0 returned.
  printf("sn=%u\n", seq_of(p));

  // The bytes are content.
  printf("first=%02x\n", p->data[0]);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
  printf("first=%02x\n", *p->payload);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
  log_bytes(p->data, p->len);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
  printf("first=%02x\n", first_byte(p));
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
  log_bytes(body(p), p->len);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
  // The header as a record is part of the message.
  log_hdr(&p->hdr);
  // CHECK: :[[@LINE-1]]:3: warning: communication content '{{p|p->hdr.user_word}}' is logged
  // A number declared content keeps its category.
  printf("word=%u\n", p->hdr.user_word);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p->hdr.user_word' is logged
  // A number a parser puts into a header field from the message's bytes
  // is the protocol's number too, however it is computed.
  struct hdr parsed = {0};
  parsed.seq = p->data[4];
  printf("parsed=%u\n", parsed.seq);
  parsed.seq = (uint16_t)(((p->data[0] & 0x0f) << 8) | p->data[1]);
  printf("parsed=%u\n", parsed.seq);
  uint32_t count = parsed.seq + 1;
  printf("count=%u\n", count);
  // The same parse in a callee, through its summary.
  struct hdr by_callee = {0};
  parse_seq(&by_callee, p);
  printf("seq=%u\n", by_callee.seq);
  log_count(p->data);
  log_raw(p->data);
  log_count_and_byte(p->data);
  // Built by an initialiser, here or in a callee that returns it.
  struct hdr init = {.seq = (uint16_t)(p->data[0] << 8 | p->data[1])};
  printf("seq=%u\n", init.seq);
  struct hdr returned = parse_hdr(p);
  printf("seq=%u\n", returned.seq);
  // A number kept in a local, not a header field, is still the byte.
  uint8_t b0 = p->data[0];
  printf("b0=%u\n", b0);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
  // Bytes copied into a buffer stay the message.
  uint8_t copy[4];
  copy[0] = p->data[0];
  log_bytes(copy, 1);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'p' is logged
}

// A subscriber identifier's numbers stay what they are.
void on_identity(const struct ue_id *id) {
  printf("imsi=%llu\n", (unsigned long long)id->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'id' is logged
  printf("tmsi=%u\n", id->tmsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'id' is logged
}
