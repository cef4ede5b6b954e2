//===--- ReportCommand.h - privacy-tidy report ------------------*- C++ -*-===//
//
// `privacy-tidy report IN.sarif... -o report.html`, and the --html output of
// `privacy-tidy check`: the auditor's HTML page drawn from SARIF logs.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_REPORTCOMMAND_H
#define PRIVACY_TIDY_TOOLS_REPORTCOMMAND_H

#include "Options.h"
#include "sarif/LogBuilder.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// Writes the HTML report of \p Log to \p Path atomically; \p Inputs names
/// the logs it came from, \p SourceRoot (empty: the log's %SRCROOT%) is
/// where the source lines are read. An error message on failure.
std::optional<std::string> writeHtmlReport(const sarif::json &Log,
                                           const std::vector<std::string> &Inputs,
                                           const std::string &SourceRoot,
                                           const std::string &Path);

/// privacy-tidy report: the exit code.
int runReport(ArgumentStream &Args);

} // namespace clang::tidy::privacy::tool

#endif
