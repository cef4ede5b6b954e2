#include "buffer.h"
bool byte_buffer::append(const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n && seg->len < sizeof(seg->bytes); ++i)
    seg->bytes[seg->len++] = p[i];
  return true;
}
void byte_buffer::trim_head(size_t n) { seg->len = n < seg->len ? seg->len - n : 0; }
