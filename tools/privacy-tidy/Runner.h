//===--- Runner.h - Parallel clang-tidy processes ---------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_RUNNER_H
#define PRIVACY_TIDY_TOOLS_RUNNER_H

#include <functional>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace clang::tidy::privacy::tool {

struct Job {
  std::vector<std::string> Argv;
  std::string StdoutPath; ///< the process's stdout goes here
  std::string StderrPath; ///< and its stderr here
  /// "NAME=VALUE" entries added to (or replacing) privacy-tidy's environment.
  std::vector<std::string> Environment;
};

struct JobOutcome {
  bool Started = false;
  std::string StartError; ///< why it could not start
  int ExitCode = -1;      ///< when it exited normally
  int Signal = 0;         ///< when a signal killed it
  std::string StartTimeUtc;
  std::string EndTimeUtc;
  bool succeeded() const { return Started && Signal == 0 && ExitCode == 0; }
};

/// Starts \p J without waiting for it (the caller reaps \p Pid); an error
/// message when it cannot start.
std::optional<std::string> startJob(const Job &J, pid_t &Pid);

/// Runs \p Jobs with at most \p Parallelism processes at a time, calling
/// \p OnFinish from this thread. Returns false when SIGINT or SIGTERM
/// arrived: running processes are then terminated and waited for.
bool runJobs(const std::vector<Job> &Jobs, unsigned Parallelism,
             std::vector<JobOutcome> &Outcomes,
             const std::function<void(size_t)> &OnFinish);

/// The first compiler errors \p J printed (at most five lines), for a
/// message about its failure; empty when there are none.
std::string errorExcerpt(const Job &J);

/// Whether the standard output or error of \p J contains \p Text.
bool outputMentions(const Job &J, const std::string &Text);

/// Installs SIGINT/SIGTERM handlers that make runJobs stop.
void installInterruptHandlers();
bool interrupted();

/// Whether \p Program can be executed (a path, or a name found on PATH).
bool isExecutable(const std::string &Program);

} // namespace clang::tidy::privacy::tool

#endif
