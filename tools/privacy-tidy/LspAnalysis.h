//===--- LspAnalysis.h - One file analysed for the editor -------*- C++ -*-===//
//
// The language server analyses a file as 'privacy-tidy check' analyses one
// translation unit: the same plan (compile database, plugin, summary store),
// the same clang-tidy command line, the same SARIF fragment. The clang-tidy
// process can be killed from another thread when the file changes.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_LSPANALYSIS_H
#define PRIVACY_TIDY_TOOLS_LSPANALYSIS_H

#include "LspFindings.h"
#include "Options.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace clang::tidy::privacy::tool {

/// The running analysis as another thread sees it: it can be cancelled at
/// any time, which kills its clang-tidy process if one runs.
class AnalysisControl {
public:
  void cancel();
  bool cancelled();

  /// The analysis started process \p Pid; false (and the process killed)
  /// when it was cancelled already.
  bool started(pid_t Pid);
  /// \p Pid is about to be reaped: it must not be killed any more.
  void exited();
  void waitUntilCancelled();
  /// Whether cancel() killed a running process.
  bool killed();

private:
  std::mutex Lock;
  std::condition_variable Changed;
  pid_t Pid = 0;
  bool Cancelled = false;
  bool Killed = false;
};

struct AnalysisOutcome {
  bool Cancelled = false;
  bool Killed = false; ///< cancelled with its clang-tidy running
  /// Why there are no findings (no database, file not in it, ...).
  std::optional<std::string> Error;
  /// Why the findings may be incomplete (clang-tidy failed).
  std::optional<std::string> Warning;
  std::vector<LspFinding> Findings;
};

/// Analyses the saved \p File. \p ScratchDir is a directory the check
/// plan may name as its (never written) output. With \p Hold, waits for a
/// cancellation once the process runs (tests only).
AnalysisOutcome analyseFile(const LspOptions &O, const std::string &File,
                            const std::string &ScratchDir,
                            AnalysisControl &Control, bool Hold);

/// The compile_commands.json for \p File: in a directory above it, or in
/// such a directory's build/ subdirectory; empty when there is none.
std::string findCompileDatabase(const std::string &File);

} // namespace clang::tidy::privacy::tool

#endif
