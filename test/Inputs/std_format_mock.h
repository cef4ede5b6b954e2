// Mock of C++20 <format> and C++23 <print> for the privacy-tidy tests.
//
// The test machine's libstdc++ (GCC 12) has neither header. This declares
// the same names and signatures as the standard (std::format_string,
// std::format, std::vformat, std::format_to, std::print and std::println,
// with and without a FILE* stream) so the models naming them match real
// code. Needs -std=c++20 or later. Declarations only (tests never link).

#ifndef PRIVACY_TIDY_TEST_STD_FORMAT_MOCK_H
#define PRIVACY_TIDY_TEST_STD_FORMAT_MOCK_H

#include <cstdio>
#include <string>
#include <string_view>
#include <type_traits>

namespace std {

template <class CharT, class... Args> struct basic_format_string {
  template <class T>
    requires is_convertible_v<const T &, basic_string_view<CharT>>
  consteval basic_format_string(const T &S) : Str(S) {}
  constexpr basic_string_view<CharT> get() const noexcept { return Str; }

private:
  basic_string_view<CharT> Str;
};
template <class... Args>
using format_string = basic_format_string<char, type_identity_t<Args>...>;

class format_args {};
template <class... Args> format_args make_format_args(Args &...args);

template <class... Args>
string format(format_string<Args...> fmt, Args &&...args);
string vformat(string_view fmt, format_args args);
template <class Out, class... Args>
Out format_to(Out out, format_string<Args...> fmt, Args &&...args);

template <class... Args>
void print(format_string<Args...> fmt, Args &&...args);
template <class... Args>
void print(FILE *stream, format_string<Args...> fmt, Args &&...args);
template <class... Args>
void println(format_string<Args...> fmt, Args &&...args);
template <class... Args>
void println(FILE *stream, format_string<Args...> fmt, Args &&...args);

} // namespace std

#endif // PRIVACY_TIDY_TEST_STD_FORMAT_MOCK_H
