//===--- ReportingPass.cpp - clang-tidy on every TU of the shard ----------===//

#include "ReportingPass.h"
#include "ClangTidyCommand.h"
#include "Console.h"
#include "FileSystem.h"
#include "Plan.h"

#include "support/Paths.h"

#include <iostream>
#include <unistd.h>

namespace clang::tidy::privacy::tool {

namespace {

/// A progress bar on a terminal, one line per finished TU otherwise.
class Progress {
public:
  enum Mode { None, Bar, Lines };
  Progress(Mode M, size_t Total) : M(M), Total(Total) {}

  void finished(const std::string &File, bool Failed) {
    ++Done;
    Failures += Failed;
    if (M == Lines) {
      std::cerr << "[" << Done << "/" << Total << "] " << displayPath(File)
                << (Failed ? " (failed)" : "") << "\n";
    } else if (M == Bar) {
      const size_t Width = 30;
      size_t Filled = Total ? Done * Width / Total : Width;
      std::string Bar(Filled, '=');
      if (Filled < Width)
        Bar += '>' + std::string(Width - Filled - 1, ' ');
      std::string Name = displayPath(File);
      if (Name.size() > 40)
        Name = "..." + Name.substr(Name.size() - 37);
      std::cerr << "\r\033[2K[" << Bar << "] " << Done << "/" << Total;
      if (Failures)
        std::cerr << " (" << Failures << " failed)";
      std::cerr << " " << Name << std::flush;
    }
  }

  void close() {
    if (M == Bar && Total)
      std::cerr << "\r\033[2K" << std::flush;
  }

private:
  Mode M;
  size_t Total;
  size_t Done = 0;
  size_t Failures = 0;
};

Progress::Mode progressMode(const CheckOptions &O) {
  if (O.Quiet)
    return Progress::None;
  if (O.ProgressMode == "bar" ||
      (O.ProgressMode == "auto" && ::isatty(STDERR_FILENO)))
    return Progress::Bar;
  if (O.ProgressMode != "none")
    return Progress::Lines;
  return Progress::None;
}

} // namespace

/// The run that reports on \p U: SARIF fragments into its directory. Records
/// the arguments for the log, without the private directory.
Job reportingJob(const CheckPlan &Plan, Unit &U) {
  U.RecordedArguments = clangTidyArgv(Plan, U.Checks, U.File);
  U.RecordedEnvironment = runOptions(Plan, PrivateDirPlaceholder, "read");
  // The log names the user's database, not its private absolute copy.
  for (std::string &Arg : U.RecordedArguments)
    if (Arg == Plan.Database.ToolDirectory)
      Arg = Plan.Database.Directory;
  Job J{clangTidyArgv(Plan, U.Checks, U.File), U.FragmentDir + ".out",
        U.FragmentDir + ".err"};
  J.Environment.push_back(runOptions(Plan, U.FragmentDir, "read"));
  return J;
}

std::optional<int> runReportingPass(CheckPlan &Plan, ReportingRun &Run) {
  for (Unit &U : Plan.Units)
    Run.Jobs.push_back(reportingJob(Plan, U));
  Progress Bar(progressMode(Plan.Options), Plan.Units.size());
  installInterruptHandlers();
  bool Completed =
      runJobs(Run.Jobs, Plan.Parallelism, Run.Outcomes, [&](size_t I) {
        Bar.finished(Plan.Units[I].File, !Run.Outcomes[I].succeeded());
      });
  Bar.close();
  if (!Completed)
    return interruptedExit();
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
