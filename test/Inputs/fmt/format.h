// Mock of {fmt} 10.x <fmt/format.h> for the privacy-tidy tests: the core API
// (see core.h) plus the buffer, to_string and join parts of the real header,
// with the same names and signatures.

#ifndef FMT_FORMAT_H_
#define FMT_FORMAT_H_

#include "core.h"

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>

FMT_BEGIN_NAMESPACE

namespace detail {
/// The real library's growable character buffer; format_to appends to it
/// through a back_insert_iterator.
template <typename T> class buffer {
  T *ptr_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;

public:
  using value_type = T;
  auto data() noexcept -> T * { return ptr_; }
  auto data() const noexcept -> const T * { return ptr_; }
  constexpr auto size() const noexcept -> size_t { return size_; }
  constexpr auto capacity() const noexcept -> size_t { return capacity_; }
  void push_back(const T &value);
  template <typename U> void append(const U *begin, const U *end);
};
} // namespace detail

template <typename T, size_t SIZE = 500,
          typename Allocator = std::allocator<T>>
class basic_memory_buffer : public detail::buffer<T> {
public:
  explicit basic_memory_buffer(const Allocator &alloc = Allocator());
  basic_memory_buffer(basic_memory_buffer &&other) noexcept;
  ~basic_memory_buffer();
  void resize(size_t count);
  void reserve(size_t new_capacity);
};

using memory_buffer = basic_memory_buffer<char>;

template <typename T, size_t SIZE, typename Allocator>
FMT_NODISCARD auto to_string(const basic_memory_buffer<T, SIZE, Allocator> &buf)
    -> std::basic_string<T>;

template <typename T, FMT_ENABLE_IF(std::is_arithmetic<T>::value)>
FMT_NODISCARD inline auto to_string(T value) -> std::string;

class format_error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

template <typename It, typename Sentinel, typename Char = char>
struct join_view {
  It begin;
  Sentinel end;
  basic_string_view<Char> sep;
};

template <typename It, typename Sentinel>
auto join(It begin, Sentinel end, string_view sep) -> join_view<It, Sentinel> {
  return {begin, end, sep};
}

template <typename Range>
auto join(Range &&range, string_view sep)
    -> join_view<decltype(std::begin(range)), decltype(std::end(range))> {
  return join(std::begin(range), std::end(range), sep);
}

FMT_END_NAMESPACE

#endif // FMT_FORMAT_H_
