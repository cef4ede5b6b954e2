//===--- Gate.cpp - The report and the exit code of a check run -----------===//

#include "Gate.h"
#include "Collect.h"
#include "Console.h"
#include "DriverInvocation.h"
#include "GithubProfile.h"
#include "Plan.h"
#include "RegisterCommand.h"
#include "ReportCommand.h"
#include "SummaryMarkdown.h"
#include "Waivers.h"
#include "StrictModels.h"

#include "sarif/LogBuilder.h"
#include "sarif/Merge.h"
#include "support/Paths.h"

#include <iostream>

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

struct FindingCounts {
  size_t Total = 0;
  size_t Suppressed = 0;
  size_t Reported = 0; ///< counted as new (countsAsNew)
};

/// One result as a clang-tidy warning, its flow as notes.
void printResult(const json &Result, const std::string &Root) {
  std::string Where =
      Result["locations"].empty() ||
              !Result["locations"][0].contains("physicalLocation")
          ? std::string("<unknown>")
          : locationText(Result["locations"][0]["physicalLocation"], Root);
  std::cout << Where << ": " << Result.value("level", "warning") << ": "
            << Result["message"].value("text", "") << " ["
            << Result["ruleId"].get<std::string>() << "]\n";
  if (!Result.contains("codeFlows"))
    return;
  for (const json &Step :
       Result["codeFlows"][0]["threadFlows"][0]["locations"]) {
    const json &Location = Step["location"];
    if (!Location.contains("physicalLocation"))
      continue;
    std::cout << locationText(Location["physicalLocation"], Root)
              << ": note: " << Location["message"].value("text", "") << "\n";
  }
}

/// Prints the results the gate counts: not suppressed in source, not in
/// the baseline (when there is one).
FindingCounts printResults(const json &Log, const std::string &Root,
                           bool HasBaseline) {
  FindingCounts Counts;
  for (const json &Result : Log["runs"][0]["results"]) {
    ++Counts.Total;
    if (isSuppressed(Result)) {
      ++Counts.Suppressed;
      continue;
    }
    if (!countsAsNew(Result, HasBaseline))
      continue;
    ++Counts.Reported;
    printResult(Result, Root);
    if (std::optional<std::string> Note = rejectedWaiverNote(Result))
      std::cout << locationText(rejectedWaiver(Result)->value(
                                    "/location/physicalLocation"_json_pointer,
                                    json::object()),
                                Root)
                << ": note: " << *Note << "\n";
  }
  std::cout << std::flush;
  return Counts;
}

void printSummary(const CheckPlan &Plan, size_t FailedUnits,
                  const FindingCounts &Counts, const BaselineCounts &Baseline,
                  const WaiverReview &Waivers) {
  const CheckOptions &O = Plan.Options;
  size_t Units = Plan.Units.size();
  size_t Unsuppressed = Counts.Total - Counts.Suppressed;
  std::cerr << "privacy-tidy: " << Units << " translation unit"
            << (Units == 1 ? "" : "s") << " analysed";
  if (O.ShardN > 1)
    std::cerr << " (shard " << O.ShardK << "/" << O.ShardN << ")";
  if (FailedUnits)
    std::cerr << ", " << FailedUnits << " failed";
  std::cerr << "; " << Unsuppressed << " finding"
            << (Unsuppressed == 1 ? "" : "s");
  if (!O.BaselinePath.empty())
    std::cerr << " (" << Counts.Reported << " new, "
              << Unsuppressed - Counts.Reported << " in the baseline, "
              << Baseline.Absent << " baseline finding"
              << (Baseline.Absent == 1 ? "" : "s") << " gone)";
  std::cerr << ", " << Counts.Suppressed << " suppressed in source"
            << waiverSummary(Waivers) << "; wrote " << O.Output << "\n";
}

} // namespace

int gate(const CheckPlan &Plan, CollectedReport &Report) {
  const CheckOptions &O = Plan.Options;
  bool HasBaseline = !O.BaselinePath.empty();
  BaselineCounts Baseline;
  if (HasBaseline)
    Baseline = applyBaseline(Report.Log, Plan.Base);
  WaiverReview Waivers = reviewWaivers(Report.Log, O.Today,
                                      O.RequireJustification, Plan.Root);
  FindingCounts Counts = printResults(Report.Log, Plan.Root, HasBaseline);
  addDriverInvocation(Report.Log, Plan.StartTimeUtc,
                      !Report.ToolError && !Report.FailedUnits);
  if (std::optional<std::string> Error =
          writeFileAtomically(O.Output, serializeLog(Report.Log)))
    return error(*Error);
  if (!O.GithubSarif.empty())
    if (std::optional<std::string> Error =
            writeGithubLog(Report.Log, O.GithubSarif))
      return error(*Error);
  if (!O.SummaryMarkdown.empty())
    if (std::optional<std::string> Error = writeSummaryMarkdown(
            Report.Log, HasBaseline, O.SummaryMarkdown))
      return error(*Error);
  if (!O.HtmlOutput.empty())
    if (std::optional<std::string> Error = writeHtmlReport(
            Report.Log, {displayPath(O.Output)}, Plan.Root, O.HtmlOutput))
      return error(*Error);
  if (!O.Quiet)
    printSummary(Plan, Report.FailedUnits, Counts, Baseline, Waivers);
  int Drift = O.RegisterBaseline.empty() ? ExitClean
                                         : registerGate(Plan, Report.Log);

  bool Unmatched = O.StrictModels && reportUnmatchedModelEntries(
                                         Report.Coverage, Plan.Units.size());
  if (Report.ToolError || Unmatched ||
      (Report.FailedUnits && !O.KeepGoing) || Drift == ExitError)
    return ExitError;
  size_t Unsuppressed = Counts.Total - Counts.Suppressed;
  if ((O.FailOn == "any" && Unsuppressed > 0) ||
      (O.FailOn == "new" && Counts.Reported > 0))
    return ExitFindings;
  return Drift; // an undeclared processing operation fails, lawful or not
}

} // namespace clang::tidy::privacy::tool
