// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The C++ form of a character buffer given to unknown code: a non-const
// reference or pointer to a container of bytes or characters (srsRAN 4G's
// `gtpu_ntoa(fmt::memory_buffer &, uint32_t addr)`, compiled in another
// file). What the other arguments hold, numbers included as for a `char *`,
// may be written into it. Not a const reference, and not an object that is
// no such container.

#include <privacy/annotations.h>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace fmtlike {
template <typename T, size_t N = 64> class memory_buffer {
  T store_[N];
  size_t size_ = 0;
public:
  T *data() { return store_; }
  void push_back(T c) { store_[size_++] = c; }
};
}
struct counters { long rx; long tx; long *data(); };

void ntoa(fmtlike::memory_buffer<char> &out, uint32_t addr);       // no body
void ntoa_ptr(std::string *out, uint32_t addr);                    // no body
void peek(const fmtlike::memory_buffer<char> &in, uint32_t addr);  // no body
void count(counters &c, uint32_t addr);                            // no body

void packet(PRIVACY_TRAFFIC_DATA uint32_t src) {
  fmtlike::memory_buffer<char> b;
  ntoa(b, src);
  puts(b.data());
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'src' is logged
  std::string s;
  ntoa_ptr(&s, src);
  puts(s.c_str());
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'src' is logged
  fmtlike::memory_buffer<char> c;
  peek(c, src);
  puts(c.data());
  counters k{};
  count(k, src);
  printf("%ld\n", k.rx);
}
