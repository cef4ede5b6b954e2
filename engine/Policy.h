//===--- Policy.h - The legal mapping, read from law.json -------*- C++ -*-===//
//
// Everything the checks know about the law comes from one data file,
// annotations/policy/law.json, compiled into the plugin. The engine knows
// categories and actions; this table says which article each combination
// concerns and what the law allows without consent.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_POLICY_H
#define PRIVACY_TIDY_ENGINE_POLICY_H

#include "Taint.h"
#include <map>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// The articles one (category, action) pair concerns.
struct ActionArticles {
  std::string PrimaryCitation; ///< "Telecommunicatiewet art. 11.5a lid 1"
  std::vector<std::string> Taxa;
};

struct CategoryPolicy {
  std::string Id;
  std::string Label; ///< "location data"
  bool ConsentAllows = true;
  std::vector<std::string> PurposesWithoutConsent;
  int64_t DefaultMaxRetentionDays = 0;
  /// Keys "log", "export", "retain", "retain-period".
  std::map<std::string, ActionArticles, std::less<>> Actions;
};

class LegalPolicy {
public:
  /// The policy compiled into the plugin. Never fails: the build validates
  /// law.json (a broken file fails the test suite, not a user's run).
  static const LegalPolicy &builtin();
  /// Parses law.json text; on error returns false and sets Error.
  bool parse(llvm::StringRef Text, std::string &Error);

  const CategoryPolicy &category(Category C) const {
    return Categories[static_cast<unsigned>(C)];
  }
  const ActionArticles &articles(Category C, llvm::StringRef Action) const;
  const std::vector<std::string> &pseudonymisedTaxa() const {
    return PseudonymisedTaxa;
  }

private:
  CategoryPolicy Categories[NumCategories];
  std::vector<std::string> PseudonymisedTaxa;
  ActionArticles Empty;
};

/// Looks up a file embedded at build time ("policy/law.json",
/// "models/libc.json"); empty when absent.
llvm::StringRef embeddedFile(llvm::StringRef Name);
/// Names of the embedded files under a directory prefix ("models/").
std::vector<llvm::StringRef> embeddedFiles(llvm::StringRef Prefix);

} // namespace clang::tidy::privacy

#endif
