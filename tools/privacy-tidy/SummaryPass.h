//===--- SummaryPass.h - The first pass of --whole-program ------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_SUMMARYPASS_H
#define PRIVACY_TIDY_TOOLS_SUMMARYPASS_H

#include <optional>

namespace clang::tidy::privacy::tool {

struct CheckPlan;

/// With --whole-program, writes the summaries of every TU of the selection
/// (all shards) into the plan's store, a private one unless --summary-store
/// names it. Returns the exit code when the run must stop.
std::optional<int> runSummaryPasses(CheckPlan &Plan);

} // namespace clang::tidy::privacy::tool

#endif
