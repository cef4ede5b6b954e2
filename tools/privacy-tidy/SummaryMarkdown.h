//===--- SummaryMarkdown.h - New findings as Markdown -----------*- C++ -*-===//
//
// Code scanning's pull-request view hides findings outside the diff (a new
// annotation in a header creates findings at unchanged lines). The summary
// lists every finding the gate counts as new, for $GITHUB_STEP_SUMMARY or a
// pull-request comment: counts by article, a table of the findings, and the
// waivers that no longer hold.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_SUMMARYMARKDOWN_H
#define PRIVACY_TIDY_TOOLS_SUMMARYMARKDOWN_H

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace clang::tidy::privacy::tool {

/// \p Text with the characters Markdown or a table cell would interpret
/// escaped, line breaks as spaces.
std::string escapeMarkdown(const std::string &Text);

/// The summary of \p Log's new findings (as countsAsNew() decides).
std::string summaryMarkdown(const nlohmann::json &Log, bool HasBaseline);

/// summaryMarkdown(), written atomically to \p Path.
std::optional<std::string> writeSummaryMarkdown(const nlohmann::json &Log,
                                                bool HasBaseline,
                                                const std::string &Path);

} // namespace clang::tidy::privacy::tool

#endif
