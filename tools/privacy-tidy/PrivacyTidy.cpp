//===--- PrivacyTidy.cpp - The privacy-tidy command -----------------------===//
//
// privacy-tidy check: clang-tidy with the privacy plugin over a compilation
// database, one process per translation unit, in parallel; the per-TU SARIF
// fragments become one report, and the exit code gates CI on new findings.
// privacy-tidy merge: joins fragments or shard reports into one report.
//
// Exit codes: 0 clean, 1 findings over the --fail-on threshold, 2 tool or
// input error (including a TU that failed, unless --keep-going).
//
//===----------------------------------------------------------------------===//

#include "ClangTidyCommand.h"
#include "CompileDatabase.h"
#include "Console.h"
#include "FileSystem.h"
#include "Options.h"
#include "Plan.h"
#include "ReportingPass.h"
#include "Runner.h"
#include "SummaryPass.h"

#include "sarif/Hash.h"
#include "sarif/LogBuilder.h"
#include "sarif/Merge.h"
#include "sarif/Paths.h"
#include "sarif/Policy.h"
#include "sarif/SarifLog.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <cstdlib>
#include <ftw.h>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace clang::tidy::privacy;
using namespace clang::tidy::privacy::sarif;
using namespace clang::tidy::privacy::tool;

namespace {

const char Usage[] = R"(usage: privacy-tidy check -p BUILD_DIR [options] [FILES...]
       privacy-tidy merge [--source-root DIR] OUT.sarif IN...
       privacy-tidy --help | --version

check: run clang-tidy with the privacy-tidy plugin on every translation unit
of BUILD_DIR/compile_commands.json (or only FILES; a directory selects the
files below it), print the findings clang-tidy style and write one SARIF log.

  -p DIR                 build directory with compile_commands.json (or the
                         path of the file itself)
  -o, --output FILE      SARIF log to write (default: privacy-tidy.sarif)
  -j, --jobs N           parallel clang-tidy processes (default: all cores)
  --shard K/N            analyse only part K of N of the sorted file list;
                         'privacy-tidy merge' joins the N reports
  --baseline FILE        a previous report: findings whose fingerprint it
                         holds are not new (not printed, not failing)
  --fail-on WHEN         none | new | any (default: new)
  --keep-going           a TU that fails to compile is reported in the log
                         but does not make the exit code 2
  --checks GLOBS         clang-tidy --checks (default: -*,privacy-* unless a
                         .clang-tidy file applies to the TU)
  --extra-arg ARG        passed to clang-tidy (repeatable)
  --extra-arg-before ARG passed to clang-tidy (repeatable)
  --clang-tidy PATH      clang-tidy to run (default: )" PRIVACY_TIDY_DEFAULT_CLANG_TIDY R"()
  --plugin PATH          PrivacyTidy.so to load (default: next to privacy-tidy)
  --source-root DIR      directory SARIF URIs are relative to (default: the
                         git work tree of the current directory, else it)
  --whole-program        two passes: first every TU of the database writes its
                         function summaries, then the analysis follows data
                         into functions defined in other TUs
  --summary-store DIR    keep the summaries in DIR (with --whole-program), or
                         read an existing store without a first pass
  --summary-passes N     first passes to run (default 1); each repetition
                         follows calls one more file boundary deep
  --summarizer PATH      privacy-tidy-summarize, which runs the first pass
                         (default: next to privacy-tidy)
  --progress MODE        auto | bar | lines | none (default: auto: a bar on
                         a terminal, plain lines otherwise)
  -q, --quiet            no progress and no summary

merge: join SARIF logs written by privacy-tidy or the plugin's SarifOutputDir
option (files, or directories of *.sarif) into one de-duplicated,
deterministically ordered log.

exit codes: 0 clean, 1 findings over the --fail-on threshold, 2 tool or
input error.
)";

/// Absolute path of a result's primary location, for clang-tidy style output.
std::string locationText(const json &Physical, const std::string &Root) {
  std::string Uri =
      Physical.value("/artifactLocation/uri"_json_pointer, std::string());
  std::string Path;
  if (Physical.value("/artifactLocation/uriBaseId"_json_pointer,
                     std::string()) == SourceRootId) {
    Path = normalizePath(decodeUriPath(Uri).value_or(Uri), Root);
  } else {
    Path = filePathFromUri(Uri).value_or(Uri);
  }
  long Line = Physical.value("/region/startLine"_json_pointer, 0L);
  long Column = Physical.value("/region/startColumn"_json_pointer, 0L);
  std::string Text = Path;
  if (Line > 0)
    Text += ":" + std::to_string(Line);
  if (Column > 0)
    Text += ":" + std::to_string(Column);
  return Text;
}

int runCheck(ArgumentStream &Args) {
  CheckPlan Plan;
  if (std::optional<std::string> Error = planCheck(Args, Plan))
    return error(*Error);
  const CheckOptions &O = Plan.Options;
  std::vector<Unit> &Units = Plan.Units;
  const std::string &Root = Plan.Root;
  const Policy *P = Plan.LegalPolicy;
  if (std::optional<int> Stop = runSummaryPasses(Plan))
    return *Stop;
  ReportingRun Run;
  if (std::optional<int> Stop = runReportingPass(Plan, Run))
    return *Stop;
  const std::vector<Job> &Jobs = Run.Jobs;
  const std::vector<JobOutcome> &Outcomes = Run.Outcomes;

  // Each TU's fragments, annotated with what privacy-tidy saw of the process.
  std::vector<LogFile> Logs;
  Logs.push_back({"(privacy-tidy)", buildEmptyLog(*P, Root)});
  size_t FailedUnits = 0;
  bool ToolError = false;
  SourceCache Sources;
  for (size_t I = 0; I < Units.size(); ++I) {
    const Unit &U = Units[I];
    const JobOutcome &Outcome = Outcomes[I];
    std::optional<std::string> Failure;
    if (!Outcome.Started)
      Failure = Outcome.StartError;
    else if (Outcome.Signal)
      Failure = "clang-tidy was killed by signal " +
                std::to_string(Outcome.Signal);
    else if (Outcome.ExitCode != 0)
      Failure = "clang-tidy exited with code " +
                std::to_string(Outcome.ExitCode);
    if (Failure) {
      std::string Excerpt = errorExcerpt(Jobs[I]);
      if (!Excerpt.empty())
        *Failure += ": " + Excerpt;
    }

    std::vector<std::string> Fragments;
    std::vector<LogFile> UnitLogs;
    if (std::optional<std::string> Error =
            expandLogInputs(U.FragmentDir, Fragments))
      Failure = Failure ? *Failure + "; " + *Error : *Error;
    for (const std::string &Fragment : Fragments) {
      LogFile Log;
      if (std::optional<std::string> Error = readLogFile(Fragment, Log)) {
        // Our own plugin wrote something unreadable: a tool error.
        ToolError = true;
        std::string Message = "the SARIF fragment of clang-tidy is unusable: " +
                              *Error;
        Failure = Failure ? *Failure + "; " + Message : Message;
        continue;
      }
      UnitLogs.push_back(std::move(Log));
    }
    if (Failure) {
      ++FailedUnits;
      std::cerr << "privacy-tidy: error: " << displayPath(U.File) << ": "
                << *Failure << "\n";
    }

    if (UnitLogs.empty()) {
      RunInfo Run;
      Run.Arguments = U.RecordedArguments;
      Run.StartTimeUtc = Outcome.StartTimeUtc;
      Run.EndTimeUtc = Outcome.EndTimeUtc;
      Run.ExecutionSuccessful = !Failure;
      Run.SourceRoot = Root;
      Notice N;
      N.Base.Loc.File = U.File;
      if (Failure) {
        N.DescriptorId = "translation-unit-failed";
        N.Base.Level = "error";
        N.Base.Message = "translation unit " + displayPath(U.File) +
                         " was not analysed: " + *Failure;
      } else {
        N.DescriptorId = "no-privacy-check";
        N.Base.Level = "note";
        N.Base.Message = "no privacy check ran on " + displayPath(U.File) +
                         " (the effective Checks enable no privacy-* check)";
      }
      json Log;
      if (std::optional<std::string> Error = buildTranslationUnitLog(
              *P, U.File, {}, {N}, Run, Sources, Log))
        return error(*Error);
      Logs.push_back({U.File, std::move(Log)});
      continue;
    }
    for (LogFile &Log : UnitLogs) {
      for (json &Invocation : Log.Log["runs"][0]["invocations"]) {
        Invocation["arguments"] = U.RecordedArguments;
        Invocation["commandLine"] = quoteCommandLine(U.RecordedArguments);
        if (!Failure)
          continue;
        Invocation["executionSuccessful"] = false;
        json Note = {{"level", "error"},
                     {"message",
                      {{"text", "translation unit " + displayPath(U.File) +
                                    " failed; its findings may be "
                                    "incomplete: " +
                                    *Failure + "."}}},
                     {"descriptor", {{"id", "translation-unit-failed"}}},
                     {"locations",
                      {{{"physicalLocation",
                         {{"artifactLocation", {{"uri", fileUri(U.File)}}}}}}}}};
        Invocation["toolExecutionNotifications"].push_back(std::move(Note));
      }
      Logs.push_back(std::move(Log));
    }
  }

  json Merged;
  if (std::optional<std::string> Error = mergeLogs(Logs, Root, Merged))
    return error(*Error);
  BaselineCounts Counts;
  if (!O.BaselinePath.empty())
    Counts = applyBaseline(Merged, Plan.Base);

  // clang-tidy style diagnostics for what the gate counts.
  size_t Total = 0, Suppressed = 0, Reported = 0;
  for (const json &Result : Merged["runs"][0]["results"]) {
    ++Total;
    if (isSuppressed(Result)) {
      ++Suppressed;
      continue;
    }
    if (!O.BaselinePath.empty() &&
        Result.value("baselineState", std::string()) == "unchanged")
      continue;
    ++Reported;
    std::string Where =
        Result["locations"].empty() ||
                !Result["locations"][0].contains("physicalLocation")
            ? std::string("<unknown>")
            : locationText(Result["locations"][0]["physicalLocation"], Root);
    std::cout << Where << ": " << Result.value("level", "warning") << ": "
              << Result["message"].value("text", "") << " ["
              << Result["ruleId"].get<std::string>() << "]\n";
    if (Result.contains("codeFlows"))
      for (const json &Step :
           Result["codeFlows"][0]["threadFlows"][0]["locations"]) {
        const json &Location = Step["location"];
        if (!Location.contains("physicalLocation"))
          continue;
        std::cout << locationText(Location["physicalLocation"], Root)
                  << ": note: " << Location["message"].value("text", "")
                  << "\n";
      }
  }
  std::cout << std::flush;

  if (std::optional<std::string> Error =
          writeFileAtomically(O.Output, serializeLog(Merged)))
    return error(*Error);

  size_t Unsuppressed = Total - Suppressed;
  if (!O.Quiet) {
    std::cerr << "privacy-tidy: " << Units.size() << " translation unit"
              << (Units.size() == 1 ? "" : "s") << " analysed";
    if (O.ShardN > 1)
      std::cerr << " (shard " << O.ShardK << "/" << O.ShardN << ")";
    if (FailedUnits)
      std::cerr << ", " << FailedUnits << " failed";
    std::cerr << "; " << Unsuppressed << " finding"
              << (Unsuppressed == 1 ? "" : "s");
    if (!O.BaselinePath.empty())
      std::cerr << " (" << Reported << " new, "
                << Unsuppressed - Reported << " in the baseline, "
                << Counts.Absent << " baseline finding"
                << (Counts.Absent == 1 ? "" : "s") << " gone)";
    std::cerr << ", " << Suppressed << " suppressed in source; wrote "
              << O.Output << "\n";
  }

  if (ToolError || (FailedUnits && !O.KeepGoing))
    return ExitError;
  if ((O.FailOn == "any" && Unsuppressed > 0) ||
      (O.FailOn == "new" && Reported > 0))
    return ExitFindings;
  return ExitClean;
}

int runMerge(ArgumentStream &Args) {
  MergeOptions O;
  if (std::optional<std::string> Error = parseMergeOptions(Args, O))
    return error(*Error);
  if (std::optional<std::string> Failure = checkWritable(O.Output))
    return error(*Failure);
  std::vector<std::string> Files;
  for (const std::string &Input : O.Inputs)
    if (std::optional<std::string> Failure = expandLogInputs(Input, Files))
      return error(*Failure);
  if (Files.empty())
    return error("no *.sarif files in " + O.Inputs.front());
  std::vector<LogFile> Logs;
  for (const std::string &File : Files) {
    LogFile Log;
    if (std::optional<std::string> Failure = readLogFile(File, Log))
      return error(*Failure);
    Logs.push_back(std::move(Log));
  }
  json Merged;
  if (std::optional<std::string> Failure =
          mergeLogs(Logs, O.SourceRoot, Merged))
    return error(*Failure);
  if (std::optional<std::string> Failure =
          writeFileAtomically(O.Output, serializeLog(Merged)))
    return error(*Failure);
  return ExitClean;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::cerr << Usage;
    return ExitError;
  }
  std::string Command = Argv[1];
  try {
    if (Command == "--help" || Command == "-h" || Command == "help") {
      std::cout << Usage;
      return ExitClean;
    }
    if (Command == "--version") {
      std::cout << "privacy-tidy " << toolVersion() << "\n";
      return ExitClean;
    }
    ArgumentStream Args(Argc, Argv, 2);
    if (Command == "check")
      return runCheck(Args);
    if (Command == "merge")
      return runMerge(Args);
    return error("unknown command '" + Command +
                 "' (expected check or merge; see privacy-tidy --help)");
  } catch (const std::exception &E) {
    return error(E.what());
  }
}
