// A subscriber module (audit.c) used from C (caller.c) and C++ (caller.cpp).
#include <privacy/annotations.h>
#ifdef __cplusplus
extern "C" {
#endif
struct Sub {
  PRIVACY_SUBSCRIBER_ID const char *imsi;
  int id;
};
PRIVACY_LOG_SINK void log_line(const char *fmt, ...);
void audit(const struct Sub *s);
void report_current(void);
void log_str(const char *p);
#ifdef __cplusplus
}
#endif
