//===--- LspAnalysis.cpp - One file analysed for the editor ---------------===//

#include "LspAnalysis.h"
#include "ConfigProbe.h"
#include "ClangTidyCommand.h"
#include "LspFixes.h"
#include "Plan.h"
#include "ReportingPass.h"
#include "Runner.h"

#include "sarif/Merge.h"
#include "support/Paths.h"

#include <csignal>
#include <map>
#include <sys/stat.h>
#include <sys/wait.h>

namespace clang::tidy::privacy::tool {

void AnalysisControl::cancel() {
  std::lock_guard<std::mutex> Guard(Lock);
  Cancelled = true;
  if (Pid > 0 && !Killed) {
    ::kill(Pid, SIGKILL); // clang-tidy writes nothing we still want
    Killed = true;
  }
  Changed.notify_all();
}

bool AnalysisControl::killed() {
  std::lock_guard<std::mutex> Guard(Lock);
  return Killed;
}

bool AnalysisControl::cancelled() {
  std::lock_guard<std::mutex> Guard(Lock);
  return Cancelled;
}

bool AnalysisControl::started(pid_t P) {
  std::lock_guard<std::mutex> Guard(Lock);
  Pid = P;
  if (Cancelled)
    Killed = ::kill(Pid, SIGKILL) == 0;
  return !Cancelled;
}

void AnalysisControl::exited() {
  std::lock_guard<std::mutex> Guard(Lock);
  Pid = 0;
}

void AnalysisControl::waitUntilCancelled() {
  std::unique_lock<std::mutex> Guard(Lock);
  Changed.wait(Guard, [&] { return Cancelled; });
}

std::string findCompileDatabase(const std::string &File) {
  struct stat St;
  std::string Dir = parentDirectory(File);
  while (true) {
    for (const char *Candidate :
         {"/compile_commands.json", "/build/compile_commands.json"}) {
      std::string Path = (Dir == "/" ? "" : Dir) + Candidate;
      if (::stat(Path.c_str(), &St) == 0 && S_ISREG(St.st_mode))
        return Path;
    }
    if (Dir == "/" || Dir.empty())
      return "";
    Dir = parentDirectory(Dir);
  }
}

namespace {

/// The arguments 'privacy-tidy check' would get for this one file.
std::vector<std::string> checkArguments(const LspOptions &O,
                                        const std::string &Database,
                                        const std::string &File,
                                        const std::string &ScratchDir) {
  std::vector<std::string> Args = {"lsp", "-p", Database, "--quiet",
                                   "-o", ScratchDir + "/unused.sarif"};
  auto Add = [&](const char *Name, const std::string &Value) {
    if (!Value.empty())
      Args.insert(Args.end(), {Name, Value});
  };
  Add("--clang-tidy", O.ClangTidy);
  Add("--plugin", O.Plugin);
  Add("--summary-store", O.SummaryStore);
  if (O.Checks)
    Args.insert(Args.end(), {"--checks", *O.Checks});
  for (const std::string &A : O.ExtraArgs)
    Args.insert(Args.end(), {"--extra-arg", A});
  for (const std::string &A : O.ExtraArgsBefore)
    Args.insert(Args.end(), {"--extra-arg-before", A});
  Args.insert(Args.end(), {"--", File});
  return Args;
}

/// The plan of a check run on \p File alone; an error when there is none.
std::optional<std::string> planFile(const LspOptions &O,
                                    const std::string &File,
                                    const std::string &ScratchDir,
                                    CheckPlan &Plan) {
  std::string Database =
      O.BuildPath.empty() ? findCompileDatabase(File) : O.BuildPath;
  if (Database.empty())
    return "no compile_commands.json in a directory above " + File +
           " or its build/ subdirectory (give privacy-tidy lsp -p DIR, or "
           "the initialization option compileCommandsDir)";
  std::vector<std::string> Args =
      checkArguments(O, Database, File, ScratchDir);
  std::vector<char *> Argv;
  for (std::string &A : Args)
    Argv.push_back(A.data());
  ArgumentStream Stream(static_cast<int>(Argv.size()), Argv.data(), 1);
  return planCheck(Stream, Plan);
}

/// Starts \p J and waits for it; false when it was cancelled.
bool runCancellable(const Job &J, AnalysisControl &Control, bool Hold,
                    JobOutcome &Outcome) {
  pid_t Pid;
  if (std::optional<std::string> Error = startJob(J, Pid)) {
    Outcome.StartError = *Error;
    return !Control.cancelled();
  }
  Outcome.Started = true;
  bool Running = Control.started(Pid);
  if (Running && Hold)
    Control.waitUntilCancelled();
  // Wait without reaping, so a cancel never kills a reused process id.
  siginfo_t Info;
  while (::waitid(P_PID, Pid, &Info, WEXITED | WNOWAIT) < 0 && errno == EINTR)
    ;
  Control.exited();
  int Status = 0;
  while (::waitpid(Pid, &Status, 0) < 0 && errno == EINTR)
    ;
  if (WIFEXITED(Status))
    Outcome.ExitCode = WEXITSTATUS(Status);
  else if (WIFSIGNALED(Status))
    Outcome.Signal = WTERMSIG(Status);
  return !Control.cancelled();
}

/// Why the process did not analyse the whole file, if it did not.
std::optional<std::string> processWarning(const Job &J,
                                          const JobOutcome &Outcome,
                                          const std::string &File) {
  std::string Why;
  if (!Outcome.Started)
    Why = Outcome.StartError;
  else if (Outcome.Signal)
    Why = "clang-tidy was killed by signal " + std::to_string(Outcome.Signal);
  else if (Outcome.ExitCode != 0)
    Why = "clang-tidy exited with code " + std::to_string(Outcome.ExitCode);
  else
    return std::nullopt;
  std::string Excerpt = errorExcerpt(J);
  return File + " was not fully analysed: " + Why +
         (Excerpt.empty() ? "" : ": " + Excerpt);
}

/// The findings in \p File from the fragments in \p FragmentDir and the
/// fixes in \p FixesPath.
std::optional<std::string> readFindings(const std::string &FragmentDir,
                                        const std::string &FixesPath,
                                        const std::string &File,
                                        std::vector<LspFinding> &Out) {
  std::vector<std::string> Fragments;
  if (std::optional<std::string> Error =
          sarif::expandLogInputs(FragmentDir, Fragments))
    return Error;
  for (const std::string &Fragment : Fragments) {
    sarif::LogFile Log;
    if (std::optional<std::string> Error = sarif::readLogFile(Fragment, Log))
      return "the SARIF fragment of clang-tidy is unusable: " + *Error;
    for (LspFinding &F : findingsInFile(Log.Log, File))
      Out.push_back(std::move(F));
  }
  std::vector<ExportedFix> Fixes;
  if (std::optional<std::string> Error = readExportedFixes(FixesPath, Fixes))
    return Error;
  std::string Text;
  if (!Fixes.empty() && !readWholeFile(File, Text))
    attachFixes(Fixes, File, Text, Out);
  return std::nullopt;
}

} // namespace

AnalysisOutcome analyseFile(const LspOptions &O, const std::string &File,
                            const std::string &ScratchDir,
                            AnalysisControl &Control, bool Hold) {
  AnalysisOutcome Result;
  CheckPlan Plan;
  Result.Error = planFile(O, File, ScratchDir, Plan);
  if (Result.Error)
    return Result;
  // As check does: the privacy checks must run, and only they.
  if (probeConfigurations(Plan)) {
    Result.Error = "the privacy checks would not run on " + File +
                   " (the cause is on the server's standard error)";
    return Result;
  }
  Unit &U = Plan.Units.front();
  Job J = reportingJob(Plan, U);
  std::string FixesPath = U.FragmentDir + ".fixes.yaml";
  // clang-tidy's own fix-it export; the file name stays the last argument.
  J.Argv.insert(J.Argv.end() - 1, "--export-fixes=" + FixesPath);
  JobOutcome Outcome;
  if (!runCancellable(J, Control, Hold, Outcome)) {
    Result.Cancelled = true;
    Result.Killed = Control.killed();
    return Result;
  }
  Result.Warning = processWarning(J, Outcome, U.File);
  if (std::optional<std::string> Error =
          readFindings(U.FragmentDir, FixesPath, U.File, Result.Findings))
    Result.Error = Error;
  return Result;
}

} // namespace clang::tidy::privacy::tool
