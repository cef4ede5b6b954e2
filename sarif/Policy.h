//===--- Policy.h - The legal mapping and the rule descriptions -*- C++ -*-===//
//
// law.json (laws, articles, and which articles a category/action touches) and
// rules.json (what each check reports, for SARIF consumers) are data that a
// legal reviewer edits; this is their validated in-memory form. Both are
// compiled into the binaries, so the plugin and the command agree.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_POLICY_H
#define PRIVACY_TIDY_SARIF_POLICY_H

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::sarif {

/// An article or paragraph of a law: one SARIF taxon.
struct Taxon {
  std::string Id;       ///< "Tw-11.5-1"
  std::string Name;     ///< "art. 11.5 lid 1"
  std::string Citation; ///< "Telecommunicatiewet art. 11.5 lid 1"
  std::string ShortDescription;
  std::string FullDescription;
  std::string HelpUri;
};

/// A law: one SARIF taxonomy (a toolComponent).
struct Law {
  std::string Id; ///< "Tw", "AVG"
  std::string Name;
  std::string FullName;
  std::string Organization;
  std::string InformationUri;
  std::string Language;
  std::vector<Taxon> Taxa;
};

/// The articles an action on a category concerns; Primary is the one a
/// message cites.
struct ActionTaxa {
  std::string Primary;
  std::vector<std::string> Taxa;
};

struct Category {
  std::string Id;    ///< "traffic"
  std::string Label; ///< "traffic data"
  std::map<std::string, ActionTaxa> Actions; ///< "log", "retain-period", ...
};

/// What SARIF consumers show for one check (a reportingDescriptor).
struct RuleDescriptor {
  std::string Id; ///< the check name, "privacy-logging"
  std::string Name;
  std::vector<std::string> Actions; ///< law.json actions whose taxa apply
  std::string ShortDescription;
  std::string FullDescription;
  std::string HelpText;
  std::string HelpMarkdown;
  std::string DocsPath; ///< "docs/checks/privacy-logging.md"
  std::string DefaultLevel;
  std::vector<std::string> Tags;
  std::string Precision;
  std::string SecuritySeverity;
};

/// A kind of tool execution notification (parse failure, budget hit...).
struct NotificationDescriptor {
  std::string Id;
  std::string Name;
  std::string ShortDescription;
  std::string FullDescription;
  std::string DefaultLevel;
};

/// Position of a taxon: index of its law and within the law's taxa.
struct TaxonRef {
  size_t Law = 0;
  size_t Index = 0;
};

class Policy {
public:
  std::vector<Law> Laws;
  std::vector<Category> Categories;
  std::vector<std::string> PseudonymisedTaxa;
  std::string PseudonymisedNote;
  std::vector<RuleDescriptor> Rules;
  std::vector<NotificationDescriptor> Notifications;

  std::optional<TaxonRef> findTaxon(const std::string &Id) const;
  const Taxon &taxon(TaxonRef Ref) const {
    return Laws[Ref.Law].Taxa[Ref.Index];
  }
  const Category *findCategory(const std::string &Id) const;
  std::optional<size_t> findRule(const std::string &Id) const;
  std::optional<size_t> findNotification(const std::string &Id) const;

  /// Union of the taxa of the rule's actions over all categories, in the
  /// order the laws list them.
  std::vector<TaxonRef> taxaOfRule(const RuleDescriptor &Rule) const;

  /// The taxa law.json assigns to \p Action on \p Category (primary first),
  /// plus the pseudonymisation articles when \p Pseudonymised.
  std::vector<std::string> taxaOfFinding(const std::string &Category,
                                         const std::string &Action,
                                         bool Pseudonymised) const;
};

/// Parses and cross-checks law.json and rules.json. Errors name the file
/// (\p LawName, \p RulesName) and the JSON pointer of the offending value.
std::optional<std::string> parsePolicy(const std::string &LawText,
                                       const std::string &LawName,
                                       const std::string &RulesText,
                                       const std::string &RulesName,
                                       Policy &Out);

/// The policy compiled into this binary; parsed once, thread-safe. Null with
/// \p Error set when the embedded data is broken.
const Policy *embeddedPolicy(std::string &Error);

/// Raw text of an embedded data file ("policy/law.json"), or null.
const char *embeddedFile(const std::string &Name);

} // namespace clang::tidy::privacy::sarif

#endif
