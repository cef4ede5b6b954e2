//===--- SummaryStore.h - Function summaries across translation units -*- C++ -*-===//
//
// Whole-program mode. A first pass writes the summary of every externally
// visible function a translation unit defines, one JSON file per function
// keyed by its USR; a second pass reads the summaries of the functions it
// calls but cannot see. Each file is written to a temporary and renamed, so
// concurrent clang-tidy processes and crashes never leave a torn file, and it
// records a hash of every project source it was computed from, so a summary
// whose sources changed is detected as stale and not used.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_SUMMARYSTORE_H
#define PRIVACY_TIDY_ENGINE_SUMMARYSTORE_H

#include "Engine.h"

namespace clang::tidy::privacy {

/// The USR of a declaration ("c:@F@log_line#..."); empty if it has none.
std::string usrOf(const Decl *D);

class SummaryStore {
public:
  /// Reading, names a store of an earlier format as stale.
  explicit SummaryStore(TranslationUnitAnalysis &TU);
  /// Writes the summaries of the main file's external functions.
  void writeAll();
  /// The stored summary of a function defined in another translation unit,
  /// translated into this AST; null when there is none or it is stale.
  const FunctionSummary *lookup(const FunctionDecl *FD);
  /// What the TUs whose manifests are in the store say of the handle
  /// array \p H, joined (agree()); nullopt when none says anything.
  std::optional<HandleTable> handleTable(const ValueDecl *H);

private:
  TranslationUnitAnalysis &TU;
  std::map<std::string, std::unique_ptr<FunctionSummary>> Loaded;
  std::map<std::string, bool> FreshFiles; ///< source path -> hash matches
  std::string pathFor(llvm::StringRef USR) const;
  bool isFresh(const std::string &File, const std::string &Hash);
  /// Statement tables (SqlTables.h) of every TU, by USR; read on first use.
  std::map<std::string, HandleTable> HandleTables;
  bool TablesLoaded = false, TablesUnknown = false;
  void loadHandleTables();
};

} // namespace clang::tidy::privacy

#endif
