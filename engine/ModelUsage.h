//===--- ModelUsage.h - Which model entries match this TU? ------*- C++ -*-===//
//
// StrictModels warns per translation unit about the user's model entries
// that match nothing in it; privacy-tidy --strict-models records, per TU,
// every entry and whether it matched, and reports once per run the entries
// that matched in no TU. Both ask this one function.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_MODELUSAGE_H
#define PRIVACY_TIDY_ENGINE_MODELUSAGE_H

#include "Models.h"
#include "report/NoticeFacts.h"
#include <string>
#include <vector>

namespace clang::tidy::privacy {

struct ModelEntryUsage {
  /// Which entry (report/Messages: modelEntryText words it).
  ModelEntryFacts Entry;
  bool Matched = false;
  /// When not Matched: the origins ("model FILE:LINE") of the entries that
  /// win over it wherever its name matches (the last entry wins); empty
  /// when its name matches nothing.
  std::vector<std::string> OverriddenBy;
};

/// The user model entries of \p Models (the shipped ones are not checked)
/// and whether the analysis applies each to a declaration of the TU, as
/// \p Facts matches them (every name of a C struct's field, patterns,
/// namespaces): a function entry only where its paramTypes match and no
/// later entry wins (each overload entry is its own entry); a `parameters`
/// or `locals` entry to a parameter (local) of its name in a function its
/// pattern names; a `sinkObjects` rule to a variable, function or type of
/// its name, where no later rule of its kind for that name wins.
std::vector<ModelEntryUsage> modelUsage(ASTContext &Ctx, const ModelSet &Models,
                                        DeclFacts &Facts);

} // namespace clang::tidy::privacy

#endif
