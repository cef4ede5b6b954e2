//===--- RunConfig.h - The run-level options of privacy-tidy ----*- C++ -*-===//
//
// Options that configure the one engine run per translation unit (model
// files, the law file, the summary store, the SARIF directory) rather than
// one check. The plugin's checks and privacy-tidy-summarize read them here,
// the same way: once, from the global key or any privacy check's key, with
// relative paths resolved against the .clang-tidy that names them.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CONFIG_RUNCONFIG_H
#define PRIVACY_TIDY_CONFIG_RUNCONFIG_H

#include "engine/Engine.h"
#include "clang-tidy/ClangTidyOptions.h"
#include <string>
#include <vector>

namespace clang::tidy::privacy {

struct RunConfig {
  std::string ModelFiles; ///< ';'-separated, as written
  std::string DisabledModels;
  bool StrictModels = false;
  /// Set by the privacy-tidy command (--strict-models): record which model
  /// entries matched in the fragment; the command reports, once per run,
  /// those that matched in no translation unit.
  bool ModelCoverage = false;
  unsigned MaxBlockVisits = 20000;
  bool ReportPrunedCode = false;
  std::string SarifOutputDir;
  /// privacy-tidy init-model: where privacy-unannotated-data writes its
  /// candidates as model entries (checks/ModelDraft.h).
  std::string ModelDraftDir;
  std::string SummaryStore;
  std::string SummaryStoreMode = "read";
  std::string LawFile;
  /// Configuration errors: conflicting or invalid values, each naming the
  /// option. The front end reports them; the run does not go on silently.
  std::vector<std::string> Errors;
  /// Values replaced by their default, as clang-tidy does with bad numbers.
  std::vector<std::string> Warnings;
};

/// Reads the run-level options from \p Opts: the global key (ModelFiles) or
/// the key of any check in \p CheckNames (privacy-logging.ModelFiles);
/// differing values are an error, not a second engine run.
/// \p Reporter names the check in messages.
RunConfig readRunConfig(const ClangTidyOptions::OptionMap &Opts,
                        const std::vector<std::string> &CheckNames,
                        const std::string &Reporter);

/// Applies the options of the privacy-tidy command's run
/// (support/RunOptions.h) over \p C; readRunConfig calls it.
void applyCommandRunOptions(RunConfig &C);

/// Writes the options once, as global keys (for --dump-config).
void storeRunConfig(const RunConfig &C, ClangTidyOptions::OptionMap &Opts);

/// The engine options for the translation unit of \p MainFile. Relative
/// ModelFiles and LawFile are resolved against the nearest .clang-tidy above
/// the file that names the option, else the working directory.
EngineOptions engineOptions(const RunConfig &C, llvm::StringRef MainFile);

/// Every privacy check the module registers: one per sink kind of the
/// built-in rules, privacy-annotations and privacy-unannotated-data.
const std::vector<std::string> &privacyCheckNames();

/// Resolves \p Path as a value of option \p Key (see engineOptions).
std::string resolveOptionPath(llvm::StringRef Path, llvm::StringRef MainFile,
                              llvm::StringRef Key);

} // namespace clang::tidy::privacy

#endif
