#include "pdu.h"
#include <stdio.h>
void on_pdu(PRIVACY_COMMUNICATION_CONTENT const struct pdu *p) {
  printf("%u\n", seq_of(p));
  printf("%u\n", first_byte(p));
  log_seq(p);
  log_first(p);
  printf("%u\n", parsed_count(p->data));
  log_parsed(p->data);
}
