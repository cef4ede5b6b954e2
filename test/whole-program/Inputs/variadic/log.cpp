#include "log.h"
#include <cstdarg>
#include <cstdio>
void my_log(int lvl, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::vfprintf(stderr, fmt, ap);
  va_end(ap);
}
