//===--- Law.h - The legal mapping and the sink-kind registry ---*- C++ -*-===//
//
// law.json (laws, articles, categories of personal data and which articles an
// action on each concerns) and rules.json (the checks, their sink kinds and
// what SARIF consumers show for them) are data that a legal reviewer edits.
// This is their one validated in-memory form, used by every front end. Both
// are compiled in; the run-level option LawFile replaces law.json.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_POLICY_LAW_H
#define PRIVACY_TIDY_POLICY_LAW_H

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clang::tidy::privacy {

/// A category of personal data: an index into LegalPolicy::Categories. Which
/// categories exist is data (law.json), not code.
struct Category {
  uint8_t Index = 0;
  friend bool operator==(Category A, Category B) { return A.Index == B.Index; }
  friend bool operator!=(Category A, Category B) { return A.Index != B.Index; }
  friend bool operator<(Category A, Category B) { return A.Index < B.Index; }
};

/// A kind of sink (log, export, retain, ...): an index into
/// LegalPolicy::SinkKinds, the registry the checks are made from.
struct SinkKind {
  uint8_t Index = 0;
  friend bool operator==(SinkKind A, SinkKind B) { return A.Index == B.Index; }
  friend bool operator!=(SinkKind A, SinkKind B) { return A.Index != B.Index; }
};

/// What one step of a data-flow path does. The engine records these with
/// the names involved; report/Messages.cpp writes the English.
enum class StepKind : uint8_t {
  DeclaredAs,    ///< source: Subject is declared <category> here
  HasType,       ///< source: Subject has type Via, which is <category>
  Returns,       ///< source: function Subject returns <category>
  Assign,        ///< assigned to Subject
  Capture,       ///< Subject is captured by a lambda
  CapturedHere,  ///< the lambda that captures the data is created here
  FlowsInto,     ///< flows into Subject (empty: an object) through Via
                 ///< (empty: an indirect call)
  PassedThrough, ///< passed through unknown function Subject (empty: an
                 ///< indirect call)
  WrittenThrough,///< written into a sink object through Subject (empty: an
                 ///< indirect call)
  Pseudonymise,  ///< pseudonymised by Subject
  Call,          ///< passed to Subject here
  Return,        ///< returned from Subject
  StoredBy,      ///< stored by Subject into an out-parameter or global
  Parameter,     ///< passed as parameter Subject of function Via
  Anonymise,     ///< anonymised by Subject: no personal data after it
};
/// Stable ids for the summary store ("assign", "call", ...).
const char *stepKindId(StepKind K);
std::optional<StepKind> parseStepKind(std::string_view Id);

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

/// What the law says about one category of personal data.
struct CategoryRule {
  std::string Id;    ///< "traffic"
  std::string Label; ///< "traffic data"
  bool ConsentAllows = true;
  std::vector<std::string> PurposesWithoutConsent;
  int64_t DefaultMaxRetentionDays = 0;
  /// Whether a number, enum or bool read out of a field of an object that
  /// is of this category as a whole is of this category too (law.json
  /// "inNumericFields", default true). False for content: the message is
  /// its bytes; a header's sequence number, length or type tag is protocol
  /// metadata. An IMSI or a cell id is a number, so the others keep it.
  bool InNumericFields = true;
  std::map<std::string, ActionTaxa, std::less<>> Actions; ///< "log", ...
};

/// One family of sinks and the check that reports it (rules.json "sink").
struct SinkKindRule {
  std::string Id;         ///< "retain": annotation "privacy:sink:retain"
  std::string CheckName;  ///< "privacy-retention"
  std::string Verb;       ///< "retained"
  std::string Annotation; ///< "PRIVACY_RETAIN_SINK"
  /// Lawful use still needs a declared period within the category's
  /// maximum: action "<Id>-period".
  bool RetentionPeriod = false;
  std::string periodAction() const { return Id + "-period"; }
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

class LegalPolicy {
public:
  std::vector<Law> Laws;
  std::vector<CategoryRule> Categories;
  std::vector<SinkKindRule> SinkKinds;
  std::vector<std::string> PseudonymisedTaxa;
  std::string PseudonymisedNote;
  std::vector<RuleDescriptor> Rules;
  std::vector<NotificationDescriptor> Notifications;
  std::string LawSource; ///< "law.json (embedded)" or the LawFile path
  std::string LawHash, RulesHash; ///< fnv1aHex of their text, for the report

  std::optional<TaxonRef> findTaxon(const std::string &Id) const;
  const Taxon &taxon(TaxonRef Ref) const {
    return Laws[Ref.Law].Taxa[Ref.Index];
  }
  const CategoryRule *findCategory(std::string_view Id) const;
  std::optional<Category> category(std::string_view Id) const;
  const CategoryRule &rule(Category C) const { return Categories[C.Index]; }
  std::optional<SinkKind> sinkKind(std::string_view Id) const;
  const SinkKindRule &kind(SinkKind K) const { return SinkKinds[K.Index]; }
  /// "traffic, location, subscriber_id, content or personal", for messages.
  std::string categoryList() const;
  /// "log, export or retain".
  std::string sinkKindList() const;
  /// The kind that storage with static duration is: the first one that
  /// carries a retention period.
  std::optional<SinkKind> storageKind() const;
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
  /// The citation of the primary taxon of an action ("Telecommunicatiewet
  /// art. 11.5 lid 1"); empty when law.json names none.
  std::string primaryCitation(Category C, const std::string &Action) const;
};

/// Parses and cross-checks law.json and rules.json. Errors name the file
/// (\p LawName, \p RulesName) and the JSON pointer of the offending value.
std::optional<std::string> parsePolicy(const std::string &LawText,
                                       const std::string &LawName,
                                       const std::string &RulesText,
                                       const std::string &RulesName,
                                       LegalPolicy &Out);

/// The policy compiled into this binary; parsed once, thread-safe. Null with
/// \p Error set when the embedded data is broken.
const LegalPolicy *embeddedPolicy(std::string &Error);

/// Makes \p LawFile (a replacement law.json; empty: the embedded one) the
/// policy of this process. Parsed once; asking for a different file later
/// in the same process is an error. Returns the error, with its JSON pointer.
std::optional<std::string> selectLawFile(const std::string &LawFile);

/// The policy every front end uses: the selected law file's, else the
/// embedded one. Null with \p Error set when it does not parse.
const LegalPolicy *activePolicy(std::string &Error);
/// The active policy, or an empty one when it is broken (the error is
/// reported once through activePolicy by whoever configures the run).
const LegalPolicy &policy();

} // namespace clang::tidy::privacy

#endif
