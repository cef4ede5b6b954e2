//===--- Plan.h - What 'privacy-tidy check' will do -------------*- C++ -*-===//
//
// The first stage of a check run: the arguments parsed, every input that can
// be wrong checked, the translation units of this shard chosen, before any
// process starts.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_PLAN_H
#define PRIVACY_TIDY_TOOLS_PLAN_H

#include "CompileDatabase.h"
#include "FileSystem.h"
#include "Options.h"
#include "UserConfiguration.h"

#include "RegisterDocument.h"

#include "sarif/Merge.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy {
class LegalPolicy;
} // namespace clang::tidy::privacy

namespace clang::tidy::privacy::tool {

/// One translation unit's clang-tidy run.
struct Unit {
  std::string File;
  std::string FragmentDir;
  std::vector<std::string> RecordedArguments; ///< argv without the temp dir
  /// The run options' "NAME=VALUE" (ClangTidyCommand.h), without the temp
  /// dir: the log records them as the invocation's environment.
  std::string RecordedEnvironment;
  /// --checks of its run: the user's, or the privacy checks its
  /// configuration enables (ConfigProbe.h); none: the configuration decides.
  std::optional<std::string> Checks;
};

struct CheckPlan {
  /// As given, with the plugin's and the summarizer's paths filled in.
  CheckOptions Options;
  std::string StartTimeUtc; ///< when the check began, for its invocation
  UserConfiguration User; ///< --config, --config-file, --model
  sarif::Baseline Base; ///< empty without --baseline
  DeclaredRegister Declared; ///< empty without --register-baseline
  CompileDatabase Database;
  /// Every TU of the selection: the first pass needs them all, whichever
  /// shard this run reports on.
  std::vector<std::string> AllFiles;
  std::vector<Unit> Units; ///< this shard's TUs, each with its fragment dir
  std::string Root;        ///< the directory SARIF URIs are relative to
  const LegalPolicy *Law = nullptr;
  TemporaryDirectory Temp;
  std::string Store; ///< the summary store; empty when there is none
  unsigned Parallelism = 1;
};

/// Parses the arguments of 'privacy-tidy check' and reports everything that
/// can be wrong with the input before any analysis starts.
std::optional<std::string> planCheck(ArgumentStream &Args, CheckPlan &Plan);

/// The same for options already parsed into Plan.Options.
std::optional<std::string> planParsedCheck(CheckPlan &Plan);

} // namespace clang::tidy::privacy::tool

#endif
