//===--- HtmlWriter.h - Escaped HTML, one element at a time -----*- C++ -*-===//
//
// Every text and attribute value goes through escape(): messages, data names
// and source lines come from the analysed code and must never become markup.
// Only this file's callers' literal tags and the fixed assets are raw.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_HTMLWRITER_H
#define PRIVACY_TIDY_TOOLS_HTMLWRITER_H

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace clang::tidy::privacy::tool {

/// \p Text with & < > " ' as character references and NUL and other C0
/// controls (but tab and newline) as U+FFFD: safe in text and in quoted
/// attribute values.
std::string escapeHtml(std::string_view Text);

using HtmlAttributes =
    std::initializer_list<std::pair<std::string_view, std::string_view>>;

class HtmlWriter {
public:
  /// Markup written by the report code itself, never data.
  HtmlWriter &raw(std::string_view Markup) {
    Out += Markup;
    return *this;
  }
  HtmlWriter &text(std::string_view Text) {
    Out += escapeHtml(Text);
    return *this;
  }
  HtmlWriter &open(std::string_view Tag, HtmlAttributes Attributes = {});
  HtmlWriter &close(std::string_view Tag);
  /// <Tag attributes>Text</Tag>
  HtmlWriter &element(std::string_view Tag, std::string_view Text,
                      HtmlAttributes Attributes = {});
  std::string take() { return std::move(Out); }

private:
  std::string Out;
};

} // namespace clang::tidy::privacy::tool

#endif
