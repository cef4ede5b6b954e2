//===--- JsonSyntax.h - What is wrong with a JSON text, and where -*- C++ -*-===//
//
// nlohmann::json's exception texts name the library ("[json.exception.
// parse_error.101] parse error at line 1, column 34: syntax error while
// parsing value - ...") and a number out of range has no position at all.
// Messages about a user's file say what is wrong and where, in the user's
// terms: "FILE:LINE:COLUMN: unexpected end of input; expected ...".
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_JSONSYNTAX_H
#define PRIVACY_TIDY_SUPPORT_JSONSYNTAX_H

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace clang::tidy::privacy {

struct JsonSyntaxError {
  size_t Offset = 0;   ///< byte offset of the error in the text
  unsigned Line = 1;   ///< 1-based
  unsigned Column = 1; ///< 1-based, in bytes
  std::string Message; ///< what is wrong, without the library's wording
};

namespace detail {

/// A SAX handler that builds nothing and records the first error.
struct ErrorFinder : nlohmann::json_sax<nlohmann::json> {
  bool Failed = false;
  size_t Position = 0;
  std::string Token;
  std::string What;
  int Id = 0;
  bool Overflow = false;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t &) override { return true; }
  bool string(string_t &) override { return true; }
  bool binary(binary_t &) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t &) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t P, const std::string &LastToken,
                   const nlohmann::detail::exception &E) override {
    Failed = true;
    Position = P;
    Token = LastToken;
    What = E.what();
    Id = E.id;
    Overflow = E.id == 406; // out_of_range.406: number overflow
    return false;
  }
};

} // namespace detail

/// What is wrong with \p Text, which nlohmann::json does not accept.
inline JsonSyntaxError findJsonSyntaxError(std::string_view Text) {
  detail::ErrorFinder Finder;
  JsonSyntaxError Out;
  bool Ok = false;
  try {
    Ok = nlohmann::json::sax_parse(Text.begin(), Text.end(), &Finder);
  } catch (const std::exception &) {
    Ok = false;
  }
  if (Ok || !Finder.Failed) {
    Out.Message = "not valid JSON";
  } else if (Finder.Overflow) {
    // The position is after the number: point at its start.
    Out.Offset = Finder.Position >= Finder.Token.size()
                     ? Finder.Position - Finder.Token.size()
                     : 0;
    Out.Message = "number out of range: '" + Finder.Token + "'";
  } else {
    Out.Offset = Finder.Position ? Finder.Position - 1 : 0;
    std::string M = Finder.What;
    // "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error while parsing value - unexpected end of input; ..."
    size_t Dash = M.find(" - ");
    if (M.find("syntax error") != std::string::npos &&
        Dash != std::string::npos)
      M = M.substr(Dash + 3);
    else if (size_t Colon = M.find(": "); Colon != std::string::npos)
      M = M.substr(Colon + 2);
    Out.Message = M;
  }
  if (Out.Offset > Text.size())
    Out.Offset = Text.size();
  for (size_t I = 0; I < Out.Offset; ++I) {
    if (Text[I] == '\n') {
      ++Out.Line;
      Out.Column = 1;
    } else {
      ++Out.Column;
    }
  }
  return Out;
}

/// "FILE:LINE:COLUMN: WHAT: MESSAGE" for a text nlohmann::json does not
/// accept; \p What says what the file should have been ("not valid JSON").
inline std::string describeJsonSyntaxError(const std::string &File,
                                           std::string_view Text,
                                           const std::string &What) {
  JsonSyntaxError E = findJsonSyntaxError(Text);
  return File + ":" + std::to_string(E.Line) + ":" + std::to_string(E.Column) +
         ": " + What + ": " + E.Message;
}

/// An exception's text without nlohmann::json's "[json.exception.NAME.ID] "
/// prefix.
inline std::string withoutLibraryPrefix(const std::string &What) {
  if (What.rfind("[json.exception.", 0) == 0)
    if (size_t End = What.find("] "); End != std::string::npos)
      return What.substr(End + 2);
  return What;
}

} // namespace clang::tidy::privacy

#endif
