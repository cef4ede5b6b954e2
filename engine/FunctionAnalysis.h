//===--- FunctionAnalysis.h - Dataflow over one function's CFG -*- C++ -*-===//

#ifndef PRIVACY_TIDY_ENGINE_FUNCTIONANALYSIS_H
#define PRIVACY_TIDY_ENGINE_FUNCTIONANALYSIS_H

#include "Engine.h"

namespace clang::tidy::privacy {

/// Analyzes one function definition and stores its summary; sinks reached by
/// concrete personal data are handed to TranslationUnitAnalysis::report or
/// deferred into the summary when callers may hold the consent.
void analyzeFunction(TranslationUnitAnalysis &TU, const FunctionDecl *FD);

} // namespace clang::tidy::privacy

#endif
