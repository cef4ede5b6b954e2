//===--- HtmlWriter.cpp - Escaped HTML, one element at a time -------------===//

#include "HtmlWriter.h"

namespace clang::tidy::privacy::tool {

std::string escapeHtml(std::string_view Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    switch (C) {
    case '&': Out += "&amp;"; break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    default:
      if (static_cast<unsigned char>(C) < 0x20 && C != '\t' && C != '\n')
        Out += "\xEF\xBF\xBD"; // U+FFFD: no control characters in the page
      else
        Out += C;
    }
  }
  return Out;
}

HtmlWriter &HtmlWriter::open(std::string_view Tag, HtmlAttributes Attributes) {
  Out += '<';
  Out += Tag;
  for (const auto &[Name, Value] : Attributes) {
    Out += ' ';
    Out += Name;
    Out += "=\"";
    Out += escapeHtml(Value);
    Out += '"';
  }
  Out += '>';
  return *this;
}

HtmlWriter &HtmlWriter::close(std::string_view Tag) {
  Out += "</";
  Out += Tag;
  Out += '>';
  return *this;
}

HtmlWriter &HtmlWriter::element(std::string_view Tag, std::string_view Text,
                                HtmlAttributes Attributes) {
  return open(Tag, Attributes).text(Text).close(Tag);
}

} // namespace clang::tidy::privacy::tool
