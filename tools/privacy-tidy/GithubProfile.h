//===--- GithubProfile.h - The log for GitHub code scanning -----*- C++ -*-===//
//
// GitHub code scanning ignores suppressions (every waived finding would be an
// open alert), taxonomies and taxa (no article would be visible), and refuses
// logs over its limits. The github profile derives an upload log from the
// auditor log: suppressed results left out, the articles in the visible text
// and tags, automationDetails set, and the log trimmed to GitHub's limits,
// saying what was left out in run.properties.githubProfile and a notification.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_GITHUBPROFILE_H
#define PRIVACY_TIDY_TOOLS_GITHUBPROFILE_H

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace clang::tidy::privacy::tool {

/// GitHub's documented hard limits for an uploaded SARIF file, and the number
/// of rule tags it displays.
struct GithubLimits {
  size_t ResultsPerRun = 25000;
  size_t ThreadFlowLocationsPerResult = 10000;
  size_t TagsPerRule = 10;
  size_t GzippedBytes = 10 * 1024 * 1024;
};

/// The upload log derived from the auditor log \p Log; an error when even
/// without code flows it is over \p Limits.GzippedBytes.
std::optional<std::string> githubProfileLog(const nlohmann::json &Log,
                                            const GithubLimits &Limits,
                                            nlohmann::json &Out);

/// githubProfileLog() with \p Limits, written atomically to \p Path.
std::optional<std::string> writeGithubLog(const nlohmann::json &Log,
                                          const std::string &Path,
                                          const GithubLimits &Limits = {});

} // namespace clang::tidy::privacy::tool

#endif
