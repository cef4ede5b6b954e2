// Mock of {fmt} 10.x <fmt/core.h> for the privacy-tidy tests.
//
// A faithful subset of the real public API: the same namespaces (fmt with
// the versioned inline namespace v10), class and function names, template
// parameters and signatures, so the model files that name `fmt::format`,
// `fmt::print`, `fmt::format_to` and `fmt::vformat` match real code. Bodies
// forward to the type-erased v-functions exactly like the library does; the
// v-functions are only declared (tests never link). Compile-time format
// string checking (consteval in C++20) is left out.

#ifndef FMT_CORE_H_
#define FMT_CORE_H_

#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#define FMT_VERSION 100201

#define FMT_BEGIN_NAMESPACE                                                    \
  namespace fmt {                                                              \
  inline namespace v10 {
#define FMT_END_NAMESPACE                                                      \
  }                                                                            \
  }

#define FMT_API
#define FMT_INLINE inline
#define FMT_CONSTEXPR constexpr
#define FMT_CONSTEVAL constexpr
#define FMT_NODISCARD [[nodiscard]]
#define FMT_ENABLE_IF(...) std::enable_if_t<(__VA_ARGS__), int> = 0

FMT_BEGIN_NAMESPACE

template <typename T> struct type_identity { using type = T; };
template <typename T> using type_identity_t = typename type_identity<T>::type;

/// An implementation of std::basic_string_view for pre-C++17; here an alias.
template <typename Char> class basic_string_view {
  const Char *data_;
  size_t size_;

public:
  using value_type = Char;
  using iterator = const Char *;

  constexpr basic_string_view() noexcept : data_(nullptr), size_(0) {}
  constexpr basic_string_view(const Char *s, size_t count) noexcept
      : data_(s), size_(count) {}
  FMT_CONSTEXPR FMT_INLINE basic_string_view(const Char *s)
      : data_(s), size_(std::char_traits<Char>::length(s)) {}
  template <typename Traits, typename Alloc>
  FMT_CONSTEXPR basic_string_view(
      const std::basic_string<Char, Traits, Alloc> &s) noexcept
      : data_(s.data()), size_(s.size()) {}
  template <typename S, FMT_ENABLE_IF(std::is_same<
                                      S, std::basic_string_view<Char>>::value)>
  FMT_CONSTEXPR basic_string_view(S s) noexcept
      : data_(s.data()), size_(s.size()) {}

  constexpr auto data() const noexcept -> const Char * { return data_; }
  constexpr auto size() const noexcept -> size_t { return size_; }
  constexpr auto begin() const noexcept -> iterator { return data_; }
  constexpr auto end() const noexcept -> iterator { return data_ + size_; }
};

using string_view = basic_string_view<char>;

template <typename Char = char> struct runtime_format_string {
  basic_string_view<Char> str;
};

/// A compile-time format string; implicitly constructible from anything
/// convertible to string_view, like the real one in C++17 mode.
template <typename Char, typename... Args> class basic_format_string {
  basic_string_view<Char> str_;

public:
  template <typename S,
            FMT_ENABLE_IF(
                std::is_convertible<const S &, basic_string_view<Char>>::value)>
  FMT_CONSTEVAL FMT_INLINE basic_format_string(const S &s) : str_(s) {}
  basic_format_string(runtime_format_string<Char> fmt) : str_(fmt.str) {}

  FMT_INLINE operator basic_string_view<Char>() const { return str_; }
  FMT_INLINE auto get() const -> basic_string_view<Char> { return str_; }
};

template <typename... Args>
using format_string = basic_format_string<char, type_identity_t<Args>...>;

inline auto runtime(string_view s) -> runtime_format_string<> { return {{s}}; }

template <typename Context> class basic_format_arg {};

template <typename OutputIt, typename Char> class basic_format_context;
using format_context = basic_format_context<char *, char>;

/// An array of references to arguments (the real one stores type tags and
/// values; only the shape matters here).
template <typename Context, typename... Args> class format_arg_store {
public:
  const void *args_[sizeof...(Args) + 1];
};

template <typename Context> class basic_format_args {
public:
  constexpr basic_format_args() noexcept = default;
  template <typename... Args>
  constexpr FMT_INLINE
  basic_format_args(const format_arg_store<Context, Args...> &) noexcept {}
};
using format_args = basic_format_args<format_context>;

template <typename Context = format_context, typename... T>
constexpr auto make_format_args(T &...args)
    -> format_arg_store<Context, std::remove_cv_t<T>...> {
  return {{static_cast<const void *>(&args)..., nullptr}};
}

FMT_API auto vformat(string_view fmt, format_args args) -> std::string;

/// Formats `args` according to `fmt` and returns the result as a string.
template <typename... T>
FMT_NODISCARD FMT_INLINE auto format(format_string<T...> fmt, T &&...args)
    -> std::string {
  return vformat(fmt, fmt::make_format_args(args...));
}

template <typename OutputIt>
auto vformat_to(OutputIt out, string_view fmt, format_args args) -> OutputIt;

/// Formats `args` and writes the output to `out`.
template <typename OutputIt, typename... T>
FMT_INLINE auto format_to(OutputIt out, format_string<T...> fmt, T &&...args)
    -> OutputIt {
  return vformat_to(out, fmt, fmt::make_format_args(args...));
}

template <typename OutputIt> struct format_to_n_result {
  OutputIt out;
  size_t size;
};

template <typename OutputIt>
auto vformat_to_n(OutputIt out, size_t n, string_view fmt, format_args args)
    -> format_to_n_result<OutputIt>;

template <typename OutputIt, typename... T>
FMT_INLINE auto format_to_n(OutputIt out, size_t n, format_string<T...> fmt,
                            T &&...args) -> format_to_n_result<OutputIt> {
  return vformat_to_n(out, n, fmt, fmt::make_format_args(args...));
}

template <typename... T>
FMT_NODISCARD FMT_INLINE auto formatted_size(format_string<T...> fmt,
                                             T &&...args) -> size_t;

FMT_API void vprint(string_view fmt, format_args args);
FMT_API void vprint(std::FILE *f, string_view fmt, format_args args);

/// Formats `args` and writes the output to stdout.
template <typename... T>
FMT_INLINE void print(format_string<T...> fmt, T &&...args) {
  return vprint(fmt, fmt::make_format_args(args...));
}

/// Formats `args` and writes the output to the file `f`.
template <typename... T>
FMT_INLINE void print(std::FILE *f, format_string<T...> fmt, T &&...args) {
  return vprint(f, fmt, fmt::make_format_args(args...));
}

template <typename... T>
FMT_INLINE void println(std::FILE *f, format_string<T...> fmt, T &&...args) {
  return fmt::print(f, "{}\n", fmt::format(fmt, std::forward<T>(args)...));
}

template <typename... T>
FMT_INLINE void println(format_string<T...> fmt, T &&...args) {
  return fmt::println(stdout, fmt, std::forward<T>(args)...);
}

FMT_END_NAMESPACE

#endif // FMT_CORE_H_
