#include "pdu.h"
#include <stdio.h>
uint16_t seq_of(const struct pdu *p) { return p->hdr.seq; }
uint8_t first_byte(const struct pdu *p) { return p->data[0]; }
void log_seq(const struct pdu *p) { printf("%u\n", p->hdr.seq); }
void log_first(const struct pdu *p) { printf("%u\n", p->data[0]); }
uint32_t parsed_count(const uint8_t *bytes) {
  struct hdr h;
  h.seq = (uint16_t)(bytes[0] << 8 | bytes[1]);
  return h.seq + 1u;
}
void log_parsed(const uint8_t *bytes) {
  struct hdr h;
  h.seq = bytes[0];
  printf("%u\n", h.seq);
}
