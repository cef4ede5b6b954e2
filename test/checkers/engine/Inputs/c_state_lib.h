// Header code for main-file-only.c: a function that nothing calls but that
// stores an IMSI in a global the main file logs, and dead code.
#pragma once
#include "shown_lib.h"

struct Sub {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
};

static const char *g_last;
static inline void note_sub(const struct Sub *s) { g_last = s->imsi; }

static inline void dump_sub(const struct Sub *s) { log_text(s->imsi); }
