//===--- HtmlSections.h - Parts of the HTML report --------------*- C++ -*-===//
//
// Internal to HtmlReport: the sections around the findings, and the fixed
// style sheet and script embedded in every page.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_HTMLSECTIONS_H
#define PRIVACY_TIDY_TOOLS_HTMLSECTIONS_H

#include "HtmlWriter.h"
#include "ReportModel.h"

namespace clang::tidy::privacy::tool {

/// A link to finding \p F: "F12 src/a.cpp:3".
void writeFindingLink(HtmlWriter &H, const FindingView &F);
/// A place with its source line, or "source not available".
void writeSourceLine(HtmlWriter &H, const CodePlace &P);

/// Totals, the chart and the count tables.
void writeSummary(HtmlWriter &H, const ReportModel &M);
/// The filter controls (article, category, check, file).
void writeFilters(HtmlWriter &H, const ReportModel &M);
void writeWaivers(HtmlWriter &H, const ReportModel &M);
/// Nothing when the log carries no register.
void writeRegister(HtmlWriter &H, const ReportModel &M);
void writeCoverage(HtmlWriter &H, const ReportModel &M,
                   const std::vector<std::string> &Inputs);

/// The page's CSS (screen and print) and its filtering script.
const char *reportStyle();
const char *reportScript();

} // namespace clang::tidy::privacy::tool

#endif
