// A logging macro whose header is first included from a system header
// (sys/lib.h), so clang treats it as a system header, as libosmocore's
// logging.h is when /usr/include/osmocom/abis/ipa.h includes it first.
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
void logp2(int ss, unsigned level, const char *file, int line, int cont,
           const char *fmt, ...);
#ifdef __cplusplus
}
#endif
#define LOGP(fmt, ...)                                                         \
  do {                                                                         \
    logp2(0, 1, __FILE__, __LINE__, 0, fmt, __VA_ARGS__);                      \
  } while (0)
