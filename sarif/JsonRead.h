//===--- JsonRead.h - Lenient reads of a SARIF log ------------*- C++ -*-===//
//
// Readers of a log (the HTML report, the language server) look up members
// that a valid log may still lack or hold with another type; such a value
// reads as absent instead of throwing.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_JSONREAD_H
#define PRIVACY_TIDY_SARIF_JSONREAD_H

#include <nlohmann/json.hpp>

#include <string>

namespace clang::tidy::privacy::sarif::read {

using nlohmann::json;

/// The member \p Key of \p Object, or null.
inline const json *member(const json &Object, const char *Key) {
  if (!Object.is_object())
    return nullptr;
  auto It = Object.find(Key);
  return It == Object.end() ? nullptr : &*It;
}

/// A string member, or "".
inline std::string text(const json &Object, const char *Key) {
  const json *V = member(Object, Key);
  return V && V->is_string() ? V->get<std::string>() : std::string();
}

/// An integer member, or 0.
inline long number(const json &Object, const char *Key) {
  const json *V = member(Object, Key);
  return V && V->is_number_integer() ? V->get<long>() : 0;
}

/// An array member, or an empty array.
inline const json &array(const json &Object, const char *Key) {
  static const json Empty = json::array();
  const json *V = member(Object, Key);
  return V && V->is_array() ? *V : Empty;
}

/// An object member, or an empty object.
inline const json &object(const json &Object, const char *Key) {
  static const json Empty = json::object();
  const json *V = member(Object, Key);
  return V && V->is_object() ? *V : Empty;
}

/// The text of an object's "message".
inline std::string messageText(const json &Object) {
  return text(object(Object, "message"), "text");
}

} // namespace clang::tidy::privacy::sarif::read

#endif
