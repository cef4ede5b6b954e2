//===--- ReportModel.h - What the HTML report shows, read from SARIF -*- C++ -*-===//
//
// The auditor's report is drawn from the SARIF log alone: the articles come
// from the log's taxonomies (so a law.json edit shows without code changes),
// the coverage statement from its invocations and notifications. This reads
// one merged log into plain records; HtmlReport renders them.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_REPORTMODEL_H
#define PRIVACY_TIDY_TOOLS_REPORTMODEL_H

#include "sarif/LogBuilder.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// A place in the code, with its source line when the file could be read.
struct CodePlace {
  std::string File; ///< as shown: relative to the source root when inside it
  long Line = 0;
  long Column = 0;
  std::optional<std::string> Source;
  std::string text() const; ///< "src/a.cpp:12:3"
};

struct PathStepView {
  CodePlace Where;
  std::string Kind; ///< source, step, call, return, consent, sink
  std::string Message;
};

struct WaiverView {
  std::string Kind, Status, Justification, ApprovedBy, Expires, Reference;
  std::string RejectedBecause; ///< the gate's reason: expired, ...
};

struct FindingView {
  std::string Id; ///< "F12": the anchor
  std::string RuleId, Level, Message;
  std::string Category, Action, Purpose, DataName;
  bool Pseudonymised = false;
  CodePlace Where;
  std::vector<std::string> Taxa; ///< ids, primary first
  std::vector<PathStepView> Path;
  bool Suppressed = false;
  std::vector<WaiverView> Waivers;
  std::string BaselineState;
};

struct ArticleView {
  std::string Id, Name, Citation, ShortText, HelpUri;
  std::vector<size_t> Primary; ///< findings whose first taxon this is
  std::vector<size_t> Also;    ///< findings that name it after another
  size_t count() const { return Primary.size() + Also.size(); }
};

struct LawView {
  std::string Name, FullName;
  std::vector<ArticleView> Articles;
};

/// One coverage remark: where, and what the tool said.
struct CoverageNote {
  CodePlace Where;
  std::string Message;
};

struct ConfigFile {
  std::string Name, Hash, Role;
};

struct CoverageView {
  size_t Units = 0;
  std::vector<CoverageNote> FailedUnits;
  std::vector<CoverageNote> Budget;      ///< functions cut at their budget
  std::vector<CoverageNote> OtherBounds; ///< summary and branch bounds
  std::vector<CoverageNote> UnknownCalls; ///< distinct call sites (sample)
  size_t UnknownCallCount = 0;            ///< all calls, samples or not
  std::vector<CoverageNote> OtherNotices;
  size_t Unannotated = 0;
  std::vector<ConfigFile> Configuration;
  std::string ToolName, ToolVersion, StartTime, EndTime;
  std::vector<std::string> CommandLines; ///< privacy-tidy's own runs
};

struct ReportModel {
  std::vector<LawView> Laws;
  std::vector<FindingView> Findings;
  std::vector<size_t> WithoutArticle; ///< findings naming no known taxon
  bool HasBaseline = false;
  CoverageView Coverage;
  /// runs[0].properties["privacy-tidy/register"], when present.
  std::optional<sarif::json> Register;
};

/// Reads \p Log (validated by sarif::validateLog). Source lines are read from
/// \p SourceRoot, else from the directory %SRCROOT% names.
ReportModel buildReportModel(const sarif::json &Log,
                             const std::string &SourceRoot);

} // namespace clang::tidy::privacy::tool

#endif
