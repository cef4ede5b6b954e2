//===--- ReportingPass.h - clang-tidy on every TU of the shard --*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_REPORTINGPASS_H
#define PRIVACY_TIDY_TOOLS_REPORTINGPASS_H

#include "Runner.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

struct CheckPlan;
struct Unit;

/// The reporting pass's processes, one per unit of the plan, and what
/// became of them.
struct ReportingRun {
  std::vector<Job> Jobs;
  std::vector<JobOutcome> Outcomes;
};

/// The run that reports on \p U (its checks set by probeConfigurations):
/// SARIF fragments into its directory. Records the arguments for the log,
/// without the private directory.
Job reportingJob(const CheckPlan &Plan, Unit &U);

/// Runs clang-tidy with the plugin on every unit of the plan, reading the
/// summary store if there is one, with a progress display; records each
/// unit's arguments. Returns the exit code when interrupted.
std::optional<int> runReportingPass(CheckPlan &Plan, ReportingRun &Run);

} // namespace clang::tidy::privacy::tool

#endif
