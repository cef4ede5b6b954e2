// Header code for main-file-only.cpp and main-file-only.c, shown when the
// header filter matches it: its dead function is analysed only then.
#pragma once
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_text(const char *line);

struct Card {
  PRIVACY_SUBSCRIBER_ID const char *msisdn;
};

// Dead header code: nothing anywhere calls it.
static inline void print_card(const struct Card *c) { log_text(c->msisdn); }
