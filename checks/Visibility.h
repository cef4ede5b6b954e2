//===--- Visibility.h - What clang-tidy will show ---------------*- C++ -*-===//
//
// Checks skip work whose result clang-tidy would not show; they must agree
// on when that is.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_VISIBILITY_H
#define PRIVACY_TIDY_CHECKS_VISIBILITY_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"

namespace clang::tidy::privacy {

/// clang-tidy shows diagnostics outside the main file only for files its
/// header filter matches; without one (the default), none.
inline bool headerDiagnosticsShown(const ClangTidyContext &Context) {
  return !Context.getOptions().HeaderFilterRegex.value_or("").empty();
}

} // namespace clang::tidy::privacy

#endif
