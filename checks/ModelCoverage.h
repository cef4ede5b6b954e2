//===--- ModelCoverage.h - Is a declaration described by a model? -*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_MODELCOVERAGE_H
#define PRIVACY_TIDY_CHECKS_MODELCOVERAGE_H

#include "config/RunConfig.h"
#include <functional>

namespace clang::tidy::privacy {

/// A predicate telling whether the shipped or configured models describe a
/// declaration: its type, field, variable, function or parameter entry. The
/// model files are those of \p Config, resolved as the engine resolves them
/// (relative to the .clang-tidy that names them, per main file).
std::function<bool(const NamedDecl &)> modelCoverage(const RunConfig &Config);

} // namespace clang::tidy::privacy

#endif
