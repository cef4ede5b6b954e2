//===--- ModelCoverage.h - Is a declaration described by a model? -*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_MODELCOVERAGE_H
#define PRIVACY_TIDY_CHECKS_MODELCOVERAGE_H

#include "config/RunConfig.h"
#include <functional>

namespace clang::tidy::privacy {

/// Whether the shipped or configured models describe a declaration: its
/// type, field, variable, function or parameter entry.
struct ModelCoverage {
  /// The predicate; for a ParmVarDecl, its function's entry counts too.
  std::function<bool(const NamedDecl &D)> Covers;
  /// Forgets the translation unit Covers was asked about (it keeps per-TU
  /// facts); called at its end.
  std::function<void()> EndTranslationUnit;
};

/// The model files are those of \p Config, resolved as the engine resolves
/// them (relative to the .clang-tidy that names them, per main file), and
/// a declaration is matched by the engine's own DeclFacts: every name a C
/// struct's field goes by, patterns, `paramTypes`.
ModelCoverage modelCoverage(const RunConfig &Config);

} // namespace clang::tidy::privacy

#endif
