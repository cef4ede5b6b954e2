// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Unknown code given a pointer to a record of plain values (numbers,
// characters, arrays and records of them) fills it from its other
// arguments, as it fills a char buffer: a packer's byte message
// (srsRAN 4G's `liblte_mme_pack_*(..., LIBLTE_BYTE_MSG_STRUCT *)`), a
// converter's octets (open5gs' `ogs_nas_5gs_nas_guti_to_mobility_identity_
// guti(&guti, &mobile_identity_guti)`). Into a byte message (numbers and
// bytes) the data goes as bytes, so its bytes hold it; a structured record
// holds it as a whole. A const pointer is read, and a
// record that links to other objects (a context) is not such a record.

#include <privacy/annotations.h>
#include <stdint.h>
#include <stdio.h>

typedef struct { uint32_t N_bytes; uint8_t msg[512]; } byte_msg_t;
typedef struct { struct { uint8_t h; } hdr; uint16_t amf_set_id; uint32_t tmsi; } mi_guti_t;
typedef struct { uint32_t m_tmsi; uint16_t mcc; } guti_t;
struct ue_ctx { struct ue_ctx *next; uint32_t count; };
struct stats { uint32_t n; void (*on_change)(void); };

int pack_attach_accept(const guti_t *in, uint8_t sec, byte_msg_t *out); // no body
void guti_to_mi(const guti_t *g, mi_guti_t *out);                       // no body
void ue_attach(const guti_t *g, struct ue_ctx *ue);                     // no body
void ue_stats(const guti_t *g, struct stats *s);                        // no body
void checksum(const byte_msg_t *in, const guti_t *g);                   // no body
PRIVACY_EXPORT_SINK void s1ap_send(const void *pdu, uint32_t len);

void accept(PRIVACY_SUBSCRIBER_ID uint32_t m_tmsi, byte_msg_t *nas) {
  guti_t g = {0};
  g.m_tmsi = m_tmsi;
  pack_attach_accept(&g, 2, nas);
  s1ap_send(nas, nas->N_bytes);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
  printf("%s\n", (const char *)nas->msg);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is logged
  mi_guti_t mi;
  guti_to_mi(&g, &mi);
  s1ap_send(&mi, sizeof mi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
  // A structured record keeps the data where it was found: a field beside
  // it is not each the data, as the bytes of a byte message are.
  printf("%u\n", mi.amf_set_id);
}

// Outputs come after inputs, or inputs are const: a parsed message does not
// flow back into the bytes it is parsed from, whatever the parameters' const.
typedef struct { PRIVACY_SUBSCRIBER_ID uint32_t m_tmsi; uint8_t type; } attach_req_t;
typedef struct { uint16_t lac; uint8_t plmn[3]; } lai48_t;
int unpack_attach_request(byte_msg_t *in, attach_req_t *out);            // no body
void generate_lai(lai48_t *out, const attach_req_t *in);                 // no body

void parse(byte_msg_t *rx, attach_req_t *known) {
  attach_req_t req = {0};
  unpack_attach_request(rx, &req);
  printf("%s\n", (const char *)rx->msg);
  lai48_t lai;
  generate_lai(&lai, known);
  s1ap_send(&lai, sizeof lai);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'known->m_tmsi' is exported
}

void not_written(PRIVACY_SUBSCRIBER_ID uint32_t m_tmsi) {
  guti_t g = {0};
  g.m_tmsi = m_tmsi;
  struct ue_ctx ue = {0};
  ue_attach(&g, &ue);
  printf("%u\n", ue.count);
  struct stats s = {0};
  ue_stats(&g, &s);
  printf("%u\n", s.n);
  byte_msg_t empty = {0};
  checksum(&empty, &g);
  s1ap_send(&empty, empty.N_bytes);
}
