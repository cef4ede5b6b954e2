//===--- FlowReport.h - A flow finding as diagnostics and a record -*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_FLOWREPORT_H
#define PRIVACY_TIDY_CHECKS_FLOWREPORT_H

#include "engine/Engine.h"
#include "policy/Verdict.h"

namespace clang::tidy::privacy {

struct NoteText;
/// Where a note of a violation belongs.
SourceLocation noteLocation(const Flow &F, const NoteText &N);

/// The plain record of a violation for SARIF and privacy-tidy.
FindingRecord flowRecord(const TranslationUnitAnalysis &A,
                         const std::string &Check, const Flow &F,
                         const Verdict &V);

} // namespace clang::tidy::privacy

#endif
