//===--- SarifLog.h - SARIF 2.1.0 logs of privacy findings ------*- C++ -*-===//
//
// The interface the clang-tidy plugin uses: at the end of a translation unit
// it hands over every finding (NOLINT'ed ones included) and this writes one
// complete SARIF log for that TU into a directory, atomically, under a name no
// other process uses. `privacy-tidy merge` joins such fragments into one log.
//
// Plain C++17 and no nlohmann types here: the plugin includes this header,
// and no exception may cross into clang-tidy (LLVM is built without EH).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_SARIFLOG_H
#define PRIVACY_TIDY_SARIF_SARIFLOG_H

#include "report/Finding.h"
#include "report/Processing.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::sarif {

/// What SARIF's `invocation` object records about one clang-tidy run.
struct RunInfo {
  /// argv of the process; empty: read from /proc/self/cmdline.
  std::vector<std::string> Arguments;
  /// Empty: the current working directory.
  std::string WorkingDirectory;
  /// ISO 8601 UTC ("2026-03-01T09:30:00.000Z"); empty: now. Take it with
  /// currentTimeUtc() when the translation unit starts.
  std::string StartTimeUtc;
  /// Empty: now.
  std::string EndTimeUtc;
  bool ExecutionSuccessful = true;
  /// The directory %SRCROOT% stands for; result URIs are relative to it.
  /// Empty: the git work tree containing the main file, else the main file's
  /// directory. `privacy-tidy merge` re-bases fragments with other roots.
  std::string SourceRoot;
  /// privacy-tidy --strict-models: the user's model entries, and those that
  /// matched a declaration of this TU (support/RunOptions.h names the
  /// invocation property); an entry that did not, but that later entries
  /// override wherever its name matches, with the origins of those.
  struct ModelCoverageRecord {
    std::vector<std::string> Entries, Matched;
    std::map<std::string, std::vector<std::string>> Overridden;
  };
  std::optional<ModelCoverageRecord> ModelCoverage;
};

/// Now, as ISO 8601 UTC with milliseconds.
std::string currentTimeUtc();

/// Writes a complete SARIF 2.1.0 log for the translation unit \p MainFile
/// into \p OutputDir (created if missing). The file name is unique per
/// process, TU and call (`<stem>-<hash>-<pid>-<n>.sarif`), and the file is
/// written to a hidden temporary and renamed, so parallel clang-tidy
/// processes never see or produce a partial fragment. Findings suppressed by
/// NOLINT comments are kept with a `suppressions` entry. \p Processing, when
/// given, is the TU's register of processing operations (Register.h).
/// Returns an error message on failure.
std::optional<std::string> writeTranslationUnitFragment(
    const std::string &OutputDir, const std::string &MainFile,
    const std::vector<FindingRecord> &Findings,
    const std::vector<ToolNotice> &Notices, const RunInfo &Run,
    const std::vector<ProcessingRecord> *Processing = nullptr);

/// The same log as text, without writing it.
std::optional<std::string> renderTranslationUnitLog(
    const std::string &MainFile, const std::vector<FindingRecord> &Findings,
    const std::vector<ToolNotice> &Notices, const RunInfo &Run,
    std::string &Out,
    const std::vector<ProcessingRecord> *Processing = nullptr);

} // namespace clang::tidy::privacy::sarif

#endif
