//===--- Collect.h - One log from the fragments of every TU -----*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_COLLECT_H
#define PRIVACY_TIDY_TOOLS_COLLECT_H

#include "StrictModels.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace clang::tidy::privacy::tool {

struct CheckPlan;
struct ReportingRun;

struct CollectedReport {
  nlohmann::json Log; ///< the merged log, not yet compared with a baseline
  size_t FailedUnits = 0;
  /// Our own plugin wrote an unusable fragment, or its configuration (a
  /// model file) failed: an error even with --keep-going.
  bool ToolError = false;
  ModelCoverage Coverage; ///< with --strict-models
};

/// Reads every unit's SARIF fragments, annotates them with what
/// privacy-tidy saw of the process (a notice in their place when there are
/// none), and merges them. Prints an error line for each failed unit.
std::optional<std::string> collectReport(const CheckPlan &Plan,
                                         const ReportingRun &Run,
                                         CollectedReport &Out);

} // namespace clang::tidy::privacy::tool

#endif
