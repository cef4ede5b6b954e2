//===--- Collect.cpp - One log from the fragments of every TU -------------===//

#include "Collect.h"
#include "Console.h"
#include "FileSystem.h"
#include "Plan.h"
#include "ReportingPass.h"

#include "sarif/LogBuilder.h"
#include "sarif/Merge.h"
#include "support/Paths.h"

#include <iostream>

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

void appendFailure(std::optional<std::string> &Failure,
                   const std::string &Message) {
  Failure = Failure ? *Failure + "; " + Message : Message;
}

/// Whether clang-tidy said it skipped the file ("Skipping FILE. Compile
/// command not found.").
bool skippedFile(const Job &J) {
  return outputMentions(J, "Compile command not found");
}

/// Whether the plugin said that its configuration failed: a model file
/// that cannot be read or is invalid, a bad option value. Not a unit that
/// does not compile: --keep-going does not let it pass.
bool configurationFailed(const Job &J) {
  return outputMentions(J, "[clang-tidy-config]");
}

/// Why the process of \p J did not analyse its unit, if it did not.
std::optional<std::string> processFailure(const Job &J,
                                          const JobOutcome &Outcome) {
  std::optional<std::string> Failure;
  if (!Outcome.Started)
    Failure = Outcome.StartError;
  else if (Outcome.Signal)
    Failure =
        "clang-tidy was killed by signal " + std::to_string(Outcome.Signal);
  else if (Outcome.ExitCode != 0)
    Failure =
        "clang-tidy exited with code " + std::to_string(Outcome.ExitCode);
  else if (skippedFile(J))
    // clang-tidy exits 0 for a file it found no compile command for.
    return std::string("clang-tidy skipped it: the compilation database "
                       "has no compile command for it");
  if (Failure) {
    std::string Excerpt = errorExcerpt(J);
    // A full temporary directory loses the output, the fragment and
    // often the reason with them: say it.
    if (fileSystemFull(parentDirectory(J.StdoutPath)))
      *Failure += temporarySpaceAdvice(parentDirectory(J.StdoutPath));
    if (!Excerpt.empty())
      *Failure += ": " + Excerpt;
  }
  return Failure;
}

/// The fragments in \p U's directory; what is wrong with them goes into
/// \p Failure.
std::vector<LogFile> readFragments(const Unit &U,
                                   std::optional<std::string> &Failure,
                                   bool &ToolError) {
  std::vector<std::string> Fragments;
  std::vector<LogFile> Logs;
  if (std::optional<std::string> Error =
          expandLogInputs(U.FragmentDir, Fragments))
    appendFailure(Failure, *Error);
  for (const std::string &Fragment : Fragments) {
    LogFile Log;
    if (std::optional<std::string> Error = readLogFile(Fragment, Log)) {
      // Our own plugin wrote something unreadable: a tool error.
      ToolError = true;
      appendFailure(Failure,
                    "the SARIF fragment of clang-tidy is unusable: " + *Error);
      continue;
    }
    Logs.push_back(std::move(Log));
  }
  return Logs;
}

/// A unit without fragments, which failed: a log with one notice saying why.
std::optional<std::string> noticeLog(const CheckPlan &Plan, const Unit &U,
                                     const JobOutcome &Outcome,
                                     const std::string &Failure,
                                     SourceCache &Sources, json &Log) {
  RunInfo Run;
  Run.Arguments = U.RecordedArguments;
  Run.StartTimeUtc = Outcome.StartTimeUtc;
  Run.EndTimeUtc = Outcome.EndTimeUtc;
  Run.ExecutionSuccessful = false;
  Run.SourceRoot = Plan.Root;
  Notice N;
  N.Base.Loc.File = U.File;
  N.DescriptorId = "translation-unit-failed";
  N.Base.Level = "error";
  N.Base.Message = "translation unit " + displayPath(U.File) +
                   " was not analysed: " + Failure;
  return buildTranslationUnitLog(*Plan.Law, U.File, {}, {N}, Run,
                                 Sources, Log);
}

/// The recorded arguments in every invocation of a fragment, and a failed
/// unit's notification.
void annotateInvocations(const Unit &U,
                         const std::optional<std::string> &Failure,
                         LogFile &Log) {
  for (json &Invocation : Log.Log["runs"][0]["invocations"]) {
    Invocation["arguments"] = U.RecordedArguments;
    Invocation["commandLine"] = quoteCommandLine(U.RecordedArguments);
    size_t Eq = U.RecordedEnvironment.find('=');
    if (Eq != std::string::npos)
      Invocation["environmentVariables"][U.RecordedEnvironment.substr(0, Eq)] =
          U.RecordedEnvironment.substr(Eq + 1);
    if (!Failure)
      continue;
    Invocation["executionSuccessful"] = false;
    json Note = {
        {"level", "error"},
        {"message",
         {{"text", "translation unit " + displayPath(U.File) +
                       " failed; its findings may be incomplete: " +
                       *Failure + "."}}},
        {"descriptor", {{"id", "translation-unit-failed"}}},
        {"locations",
         {{{"physicalLocation",
            {{"artifactLocation", {{"uri", fileUri(U.File)}}}}}}}}};
    Invocation["toolExecutionNotifications"].push_back(std::move(Note));
  }
}

/// The logs of unit \p I, appended to \p Logs.
std::optional<std::string> collectUnit(const CheckPlan &Plan,
                                       const ReportingRun &Run, size_t I,
                                       SourceCache &Sources,
                                       CollectedReport &Out,
                                       std::vector<LogFile> &Logs) {
  const Unit &U = Plan.Units[I];
  std::optional<std::string> Failure =
      processFailure(Run.Jobs[I], Run.Outcomes[I]);
  if (Failure && Run.Outcomes[I].Started && configurationFailed(Run.Jobs[I]))
    Out.ToolError = true;
  std::vector<LogFile> UnitLogs = readFragments(U, Failure, Out.ToolError);
  // A TU without a fragment was not analysed, though the probe saw its
  // privacy checks enabled (ConfigProbe.h): its report was lost.
  if (!Failure && UnitLogs.empty())
    Failure = "clang-tidy wrote no privacy-tidy report for it, although its "
              "configuration enables " + U.Checks.value_or("privacy-*") +
              ": its SARIF fragment was lost";
  if (Failure) {
    ++Out.FailedUnits;
    std::cerr << "privacy-tidy: error: " << displayPath(U.File) << ": "
              << *Failure << "\n";
  }
  if (UnitLogs.empty()) {
    json Log;
    if (std::optional<std::string> Error =
            noticeLog(Plan, U, Run.Outcomes[I], *Failure, Sources, Log))
      return Error;
    Logs.push_back({U.File, std::move(Log)});
    return std::nullopt;
  }
  for (LogFile &Log : UnitLogs) {
    addModelCoverage(Log.Log, Out.Coverage);
    annotateInvocations(U, Failure, Log);
    Logs.push_back(std::move(Log));
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string> collectReport(const CheckPlan &Plan,
                                         const ReportingRun &Run,
                                         CollectedReport &Out) {
  // A log without results first, so the merged one has the tool's
  // descriptors and taxonomies even when no TU wrote a fragment.
  std::vector<LogFile> Logs;
  Logs.push_back(
      {"(privacy-tidy)", buildEmptyLog(*Plan.Law, Plan.Root)});
  SourceCache Sources;
  for (size_t I = 0; I < Plan.Units.size(); ++I)
    if (std::optional<std::string> Error =
            collectUnit(Plan, Run, I, Sources, Out, Logs))
      return Error;
  return mergeLogs(Logs, Plan.Root, Out.Log);
}

} // namespace clang::tidy::privacy::tool
