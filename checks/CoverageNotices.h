//===--- CoverageNotices.h - Coverage facts for the SARIF log ---*- C++ -*-===//
//
// What a translation unit's SARIF fragment says about the analysis beyond
// its findings: the calls where it applied the default for unknown code to
// personal data, and which law.json, rules.json and model files it used,
// with their hashes. The HTML report's coverage statement is drawn from them.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_COVERAGENOTICES_H
#define PRIVACY_TIDY_CHECKS_COVERAGENOTICES_H

#include "engine/Engine.h"
#include "report/Finding.h"
#include <vector>

namespace clang::tidy::privacy {

/// A notice of the analysis as a plain record, in the words of
/// report/Messages.h.
ToolNotice noticeRecord(const TranslationUnitAnalysis &A,
                        const TranslationUnitAnalysis::Notice &N);

/// Appends the coverage records of \p A to \p Records.
void addCoverageRecords(const TranslationUnitAnalysis &A,
                        std::vector<ToolNotice> &Records);

} // namespace clang::tidy::privacy

#endif
