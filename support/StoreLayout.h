//===--- StoreLayout.h - The summary store's format version -----*- C++ -*-===//
//
// The store lives under DIR/<version>/: a store written by a build with
// another format is in another directory, so it is never misread; the
// plugin names a leftover one as stale.
//
// DIR/<version>/<hh>/<hash>.json holds the summary of the function whose USR
// hashes to <hash>; DIR/<version>/tu/<hash>.json is the manifest of the
// translation unit whose main file's real path hashes to <hash>. A TU's
// manifest is its commit record: it is written after every summary of the
// TU, and lists their USRs, so a TU whose first pass was interrupted or
// failed has no manifest, and a summary file lost or damaged since is found
// by reading the ones its manifest lists.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_STORELAYOUT_H
#define PRIVACY_TIDY_SUPPORT_STORELAYOUT_H

#include "support/Hash.h"

#include <string>

namespace clang::tidy::privacy {

/// v2: trace steps are step kinds with names (policy/Law.h StepKind), not
/// English. v3: each manifest says how its TU writes tables of prepared
/// statements (`statementTables`): a TU kept from a v2 store would leave
/// every table unknown.
inline constexpr const char SummaryStoreVersion[] = "v3";
/// Versions of earlier releases, reported as stale when found.
inline constexpr const char *const OldSummaryStoreVersions[] = {"v2", "v1"};

/// The path of the summary of the function with \p USR, relative to
/// DIR/<version>.
inline std::string summaryRelativePath(std::string_view USR) {
  std::string H = fnv1aHex(USR);
  return H.substr(0, 2) + "/" + H + ".json";
}

/// The path of the manifest of the TU whose main file has the real path
/// \p MainFile, relative to DIR/<version>.
inline std::string manifestRelativePath(std::string_view MainFile) {
  return "tu/" + fnv1aHex(MainFile) + ".json";
}

} // namespace clang::tidy::privacy

#endif
