#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_line(long v);

struct Patient {
  PRIVACY_CATEGORY("health") long blood_type;
  PRIVACY_SUBSCRIBER_ID long imsi;
};

void report(const Patient &p) {
  log_line(p.blood_type);
  log_line(p.imsi);
}
