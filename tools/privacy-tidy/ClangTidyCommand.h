//===--- ClangTidyCommand.h - The clang-tidy command lines ------*- C++ -*-===//
//
// Every clang-tidy process privacy-tidy starts gets its command line from
// clangTidyArgv and its run options (support/RunOptions.h) from runOptions,
// so the reporting pass, the configuration probe and a repeated first pass
// cannot drift apart; docs/cli.md shows the result.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_CLANGTIDYCOMMAND_H
#define PRIVACY_TIDY_TOOLS_CLANGTIDYCOMMAND_H

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

struct CheckOptions;
struct CheckPlan;

/// --checks when neither the user nor a configuration decides.
extern const char DefaultChecks[];

/// What the log records instead of the private fragment directory, which
/// is gone when the log is read.
extern const char PrivateDirPlaceholder[];

/// Appends the compiler arguments privacy-tidy and the user add, for every
/// process: -w (unless --keep-warning-flags), then the user's.
void addExtraArgs(const CheckOptions &O, std::vector<std::string> &Argv);

/// clang-tidy with the plugin on \p File, with the user's --config and
/// --header-filter; no \p Checks: the configuration decides.
std::vector<std::string> clangTidyArgv(const CheckPlan &Plan,
                                       const std::optional<std::string> &Checks,
                                       const std::string &File);

/// The environment entry "PRIVACY_TIDY_RUN_OPTIONS=<json>" of a process:
/// fragments into \p FragmentDir (if any), the summary store (if any) in
/// \p StoreMode, the --model files, --strict-models' coverage.
/// \p ModelDraftDir: where privacy-unannotated-data writes model entries
/// (init-model).
std::string runOptions(const CheckPlan &Plan, const std::string &FragmentDir,
                       const std::string &StoreMode,
                       const std::string &ModelDraftDir = "");

} // namespace clang::tidy::privacy::tool

#endif
