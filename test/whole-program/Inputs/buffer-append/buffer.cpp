#include "buffer.h"
#include <algorithm>
bool byte_buffer::append(const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n && seg->len < sizeof(seg->bytes); ++i)
    seg->bytes[seg->len++] = p[i];
  return true;
}
uint8_t *byte_buffer::tail() { return seg->bytes + seg->len; }
bool byte_buffer::append_copy(const uint8_t *p, size_t n) {
  std::copy(p, p + n, tail());
  seg->len += n;
  return true;
}
void byte_buffer::trim_head(size_t n) { seg->len = n < seg->len ? seg->len - n : 0; }
void fill(byte_buffer &b, const uint8_t *p, size_t n) { (void)b.append_copy(p, n); }
byte_buffer &byte_buffer::add(const uint8_t *p, size_t n) {
  (void)append_copy(p, n);
  return *this;
}
