#include "pdu.h"
#include <stdio.h>
uint16_t seq_of(const struct pdu *p) { return p->hdr.seq; }
uint8_t first_byte(const struct pdu *p) { return p->data[0]; }
void log_seq(const struct pdu *p) { printf("%u\n", p->hdr.seq); }
void log_first(const struct pdu *p) { printf("%u\n", p->data[0]); }
