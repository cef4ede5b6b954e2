//===--- LspFindings.h - Findings of one file for an editor ----*- C++ -*-===//
//
// The language server's view of a finding: the SARIF fragment the plugin
// wrote (the same records 'privacy-tidy check' merges) read into positions
// an editor understands, with the fix-its clang-tidy exported for it, and
// turned into LSP diagnostics and code actions.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_LSPFINDINGS_H
#define PRIVACY_TIDY_TOOLS_LSPFINDINGS_H

#include "llvm/Support/JSON.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// Zero-based line and UTF-16 code unit, as LSP counts by default.
struct LspPosition {
  unsigned Line = 0, Character = 0;
  bool operator==(const LspPosition &O) const {
    return Line == O.Line && Character == O.Character;
  }
};

struct LspStep {
  std::string Uri;
  LspPosition At;
  std::string Message;
};

struct LspEdit {
  LspPosition Start, End;
  std::string NewText;
};

struct LspFinding {
  std::string Check;
  std::string Level; ///< SARIF level: error, warning, note
  std::string Message;
  std::string HelpUri;
  LspPosition At;
  std::vector<LspStep> Path; ///< source, steps, sink
  std::vector<LspEdit> Fix;  ///< the check's fix-it, if it has one
};

/// The unsuppressed results of \p Log located in \p File (an absolute
/// path); findings in other files of the unit are left out.
std::vector<LspFinding> findingsInFile(const nlohmann::json &Log,
                                       const std::string &File);

/// One diagnostic per finding, its path as related information.
llvm::json::Value diagnosticOf(const LspFinding &F);

/// The code actions for \p F in the document \p Uri whose text on disk is
/// \p Text: its fix-it, and a NOLINT comment with a justification to fill in.
void codeActionsFor(const LspFinding &F, const std::string &Uri,
                    const std::string &Text, llvm::json::Array &Out);

} // namespace clang::tidy::privacy::tool

#endif
