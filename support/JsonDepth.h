//===--- JsonDepth.h - A bound on the nesting of JSON inputs ----*- C++ -*-===//
//
// nlohmann/json parses any nesting depth without recursion, but copying,
// comparing, serialising and the model reader's position index recurse once
// per level: a file of 100000 '[' (200 KB) overflows the stack. The readers
// of files privacy-tidy does not write itself in this process (model files,
// SARIF logs, summary stores) refuse input nested deeper than this before
// parsing it. Found by fuzzing (docs/fuzzing.md).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_JSONDEPTH_H
#define PRIVACY_TIDY_SUPPORT_JSONDEPTH_H

#include <cstddef>
#include <string_view>

namespace clang::tidy::privacy {

/// Far above any file privacy-tidy writes or documents (SARIF logs nest
/// about 12 levels, models and summaries fewer than 8).
inline constexpr unsigned MaxJsonDepth = 256;

/// The offset of the bracket that opens level \p Limit + 1 of \p Text,
/// or npos. Brackets inside strings do not count; the text need not be
/// valid JSON (the parser judges that).
inline size_t jsonTooDeepAt(std::string_view Text,
                            unsigned Limit = MaxJsonDepth) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > Limit)
        return I;
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
  }
  return std::string_view::npos;
}

} // namespace clang::tidy::privacy

#endif
