#pragma once
#include <privacy/annotations.h>
PRIVACY_LOG_SINK void logp2(int ss, unsigned level, const char *fmt, ...);
#define LOGP(ss, level, fmt, ...) \
  do { logp2(ss, level, fmt, ##__VA_ARGS__); } while (0)
