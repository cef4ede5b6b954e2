//===--- LspFixes.h - The fix-its clang-tidy exported -----------*- C++ -*-===//
//
// The plugin's fix-its (privacy-unannotated-data's annotation) reach the
// editor through clang-tidy's own --export-fixes file, read with LLVM's
// YAML parser; byte offsets become LSP positions.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_LSPFIXES_H
#define PRIVACY_TIDY_TOOLS_LSPFIXES_H

#include "LspFindings.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

struct ExportedFix {
  std::string Check;
  size_t Offset = 0; ///< of the diagnostic, in bytes, in File
  std::string File;  ///< absolute
  struct Replacement {
    size_t Offset = 0, Length = 0;
    std::string Text;
  };
  std::vector<Replacement> Replacements; ///< all in File
};

/// The diagnostics with replacements in \p Path, a clang-tidy
/// --export-fixes file; an error naming the file and what is wrong. A
/// missing file holds no fixes (clang-tidy writes none without diagnostics).
std::optional<std::string> readExportedFixes(const std::string &Path,
                                             std::vector<ExportedFix> &Out);

/// The position of byte \p Offset in \p Text (clamped to its end).
LspPosition positionOfOffset(const std::string &Text, size_t Offset);

/// Attaches each fix of \p Fixes in \p File (whose content is \p Text) to
/// the finding of the same check at the same place.
void attachFixes(const std::vector<ExportedFix> &Fixes,
                 const std::string &File, const std::string &Text,
                 std::vector<LspFinding> &Findings);

} // namespace clang::tidy::privacy::tool

#endif
