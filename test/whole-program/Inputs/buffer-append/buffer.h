// A byte buffer whose members are compiled in another translation unit and
// store through a pointer member (srsRAN's byte_buffer and its segments).
#include <privacy/annotations.h>
#include <cstddef>
#include <cstdint>
struct segments {
  uint8_t bytes[64];
  size_t len;
};
class byte_buffer {
  segments *seg;
  uint8_t *tail();
public:
  explicit byte_buffer(segments *s) : seg(s) {}
  const uint8_t *data() const { return seg->bytes; }
  bool append(const uint8_t *p, size_t n);
  bool append_copy(const uint8_t *p, size_t n);
  void trim_head(size_t n);
  byte_buffer &add(const uint8_t *p, size_t n);
};
void fill(byte_buffer &b, const uint8_t *p, size_t n);
PRIVACY_LOG_SINK void log_hex(const uint8_t *p, const char *msg);
