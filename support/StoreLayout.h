//===--- StoreLayout.h - The summary store's format version -----*- C++ -*-===//
//
// The store lives under DIR/<version>/: a store written by a build with
// another format is in another directory, so it is never misread; the
// plugin names a leftover one as stale.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_STORELAYOUT_H
#define PRIVACY_TIDY_SUPPORT_STORELAYOUT_H

namespace clang::tidy::privacy {

/// v2: trace steps are step kinds with names (policy/Law.h StepKind), not
/// English.
inline constexpr const char SummaryStoreVersion[] = "v2";
/// Versions of earlier releases, reported as stale when found.
inline constexpr const char *const OldSummaryStoreVersions[] = {"v1"};

} // namespace clang::tidy::privacy

#endif
