//===--- HtmlReport.h - The auditor's report as one HTML file ---*- C++ -*-===//
//
// One self-contained page: no network access, no external fonts, scripts or
// styles (a Content-Security-Policy forbids loading any), readable printed.
// Summary, findings by law and article with their full paths, waivers, the
// processing register when the log has one, and the coverage statement.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_HTMLREPORT_H
#define PRIVACY_TIDY_TOOLS_HTMLREPORT_H

#include "ReportModel.h"

#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// The page for \p M; \p Inputs names the SARIF logs it was drawn from.
std::string renderHtmlReport(const ReportModel &M,
                             const std::vector<std::string> &Inputs);

} // namespace clang::tidy::privacy::tool

#endif
