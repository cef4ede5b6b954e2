#include "cdr.h"

void bill(const struct cdr *c) {
  keep_for_billing(c->duration);
  send_research(c->duration);
}
