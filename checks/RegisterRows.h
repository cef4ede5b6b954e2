//===--- RegisterRows.h - A flow as a processing operation -------*- C++ -*-===//
//
// Every flow that reaches a sink, lawful or not, is a processing operation of
// the register (docs/register.md). This turns a flow and its verdict into the
// plain record the TU's SARIF fragment carries.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_REGISTERROWS_H
#define PRIVACY_TIDY_CHECKS_REGISTERROWS_H

#include "engine/Engine.h"
#include "policy/Verdict.h"
#include "report/Processing.h"

namespace clang::tidy::privacy {

/// The register's record of \p F, judged \p V.
ProcessingRecord processingRecord(const TranslationUnitAnalysis &A,
                                  const Flow &F, const Verdict &V);

} // namespace clang::tidy::privacy

#endif
