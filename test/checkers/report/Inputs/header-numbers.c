#include <privacy/annotations.h>
#include <stdio.h>

struct pdu { unsigned seq; unsigned char data[64]; };

void on_pdu(PRIVACY_COMMUNICATION_CONTENT const struct pdu *p) {
  printf("seq=%u\n", p->seq);
  printf("byte=%u\n", p->data[0]);
}
