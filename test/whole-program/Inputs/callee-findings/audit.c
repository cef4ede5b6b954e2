#include "sub.h"
PRIVACY_SUBSCRIBER_ID const char *g_current_imsi;
void audit(const struct Sub *s) { log_line("id=%d imsi=%s", s->id, s->imsi); }
void report_current(void) { log_line("current=%s", g_current_imsi); }
void log_str(const char *p) { log_line("%s", p); }
void periodic(void) { report_current(); }
