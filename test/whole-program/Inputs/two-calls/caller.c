#include "party.h"
void on_attach(struct session *s) { log_party(s->imsi); }
void on_detach(struct session *s) { log_party(s->imsi); }
void on_timer(struct session *s) { (void)s->id; }
