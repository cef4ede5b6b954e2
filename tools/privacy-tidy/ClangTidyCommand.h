//===--- ClangTidyCommand.h - The clang-tidy command lines ------*- C++ -*-===//
//
// Every clang-tidy process privacy-tidy starts gets its command line from
// clangTidyArgv, so the reporting pass and a repeated first pass cannot
// drift apart; docs/cli.md shows the result.
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

/// --checks when neither the user nor a .clang-tidy file decides.
extern const char DefaultChecks[];

/// What the log records instead of the private fragment directory, which
/// is gone when the log is read.
extern const char PrivateDirPlaceholder[];

/// Appends the compiler arguments the user added, for every process.
void addExtraArgs(const CheckOptions &O, std::vector<std::string> &Argv);

/// clang-tidy with the plugin on \p File; no \p Checks: .clang-tidy decides.
std::vector<std::string> clangTidyArgv(const CheckPlan &Plan,
                                       const std::optional<std::string> &Checks,
                                       const std::string &Config,
                                       const std::string &File);

/// --config of the run that reports: SARIF fragments into \p FragmentDir,
/// the summary store \p Store (if any) read.
std::string reportingConfig(const std::string &Store,
                            const std::string &FragmentDir);

/// --config of a repeated first pass, which reads and updates \p Store.
std::string summaryUpdateConfig(const std::string &Store);

} // namespace clang::tidy::privacy::tool

#endif
