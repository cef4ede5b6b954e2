//===--- StrictModels.h - Model entries that matched nothing ----*- C++ -*-===//
//
// privacy-tidy check --strict-models: every TU's fragment lists the user's
// model entries and those that matched a declaration of the TU (the plugin's
// ModelCoverage run option); after the run, an entry that matched in no TU
// is an error. Per TU it would be noise: most entries are meant for other
// translation units.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_STRICTMODELS_H
#define PRIVACY_TIDY_TOOLS_STRICTMODELS_H

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>

namespace clang::tidy::privacy::tool {

/// The union over the run's fragments.
struct ModelCoverage {
  std::set<std::string> Entries, Matched;
  /// An entry that later entries override where its name matches, with
  /// their origins ("model f.json:8").
  std::map<std::string, std::set<std::string>> Overridden;
  size_t Units = 0; ///< fragments that recorded it
};

/// Adds what the invocations of fragment \p Log recorded.
void addModelCoverage(const nlohmann::json &Log, ModelCoverage &Out);

/// Prints an error for each entry that matched in none of \p Units TUs (by
/// file and line; saying so when later entries override it), or for a run whose TUs recorded nothing; returns whether
/// it printed any.
bool reportUnmatchedModelEntries(const ModelCoverage &Coverage, size_t Units);

} // namespace clang::tidy::privacy::tool

#endif
