//===--- ModelDraft.h - Model entries for privacy-tidy init-model -*- C++ -*-===//
//
// privacy-tidy init-model runs privacy-unannotated-data with the run option
// ModelDraftDir: each candidate the check reports becomes a model entry (a
// field, type, variable, function result or parameter), and project logging
// functions become sink candidates: variadic functions that pass their
// va_list to a v*printf-like function, and the variadic functions that
// variadic macros call. One JSON file per translation unit; the command
// merges, deduplicates and sorts them into a draft model file.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_MODELDRAFT_H
#define PRIVACY_TIDY_CHECKS_MODELDRAFT_H

#include "DataHolders.h"
#include "engine/Engine.h"
#include "engine/Models.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/Support/JSON.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// A variadic macro and the last function its body calls.
struct MacroCall {
  std::string Macro, Callee;
  SourceLocation Loc;
};

/// Records the calls of variadic macros defined outside system headers.
std::unique_ptr<PPCallbacks> macroCallCollector(const SourceManager &SM,
                                                std::vector<MacroCall> &Out);

class ModelDraft {
public:
  /// \p D looks like personal data of category \p CategoryId.
  void addDeclaration(const NamedDecl *D, llvm::StringRef CategoryId);
  /// \p FD looks like a project logging function, for the reason \p Why.
  void addSinkCandidate(const FunctionDecl *FD, const DraftReasonFacts &Why,
                        SourceLocation Seen);
  /// The sink candidates of \p Calls: callees declared in the TU, variadic,
  /// outside system headers.
  void addMacroCalls(ASTContext &Ctx, const std::vector<MacroCall> &Calls);
  /// Functions of the main file that pass a parameter to a sink, by the
  /// engine's summaries of \p A: a project's own wrapper, which callers in
  /// other files cannot see into.
  void addSinkWrappers(TranslationUnitAnalysis &A);
  /// Writes the TU's entries into \p Dir; an error message on failure.
  std::optional<std::string> write(const std::string &Dir,
                                   const std::string &MainFile);
  void reset(ASTContext *NewCtx);

private:
  bool canBeTheData(const FunctionDecl *Def, const Label &L);
  DataHolders Holders; ///< privacy-unannotated-data's rule, per TU
  /// \p Why: a sink candidate's reason, as draftReasonMessage words it.
  void add(llvm::StringRef Section, llvm::json::Object Entry,
           SourceLocation Seen, const std::string &Why = "");
  ASTContext *Ctx = nullptr;
  std::unique_ptr<TypedefIndex> Aliases;
  llvm::json::Array Entries;
};

} // namespace clang::tidy::privacy

#endif
