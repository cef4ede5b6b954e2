//===--- Law.cpp - The legal mapping and the sink-kind registry ----------===//

#include "Law.h"
#include "support/EmbeddedData.h"
#include "support/Hash.h"
#include "support/Paths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <mutex>
#include <set>

namespace clang::tidy::privacy {

using nlohmann::json;

namespace {

/// Reads typed fields and remembers the first error with its JSON pointer, so
/// a reviewer who mistypes law.json learns exactly where.
class FieldReader {
public:
  explicit FieldReader(std::string File) : File(std::move(File)) {}

  bool failed() const { return Error.has_value(); }
  const std::optional<std::string> &error() const { return Error; }

  void fail(const std::string &Pointer, const std::string &Message) {
    if (!Error)
      Error = File + ": " + (Pointer.empty() ? "/" : Pointer) + ": " + Message;
  }

  const json *object(const json &Parent, const std::string &Pointer,
                     const char *Key, bool Required = true) {
    auto It = Parent.find(Key);
    if (It == Parent.end()) {
      if (Required)
        fail(Pointer, std::string("missing object '") + Key + "'");
      return nullptr;
    }
    if (!It->is_object()) {
      fail(Pointer + "/" + Key, "expected an object");
      return nullptr;
    }
    return &*It;
  }

  const json *array(const json &Parent, const std::string &Pointer,
                    const char *Key, bool Required = true) {
    auto It = Parent.find(Key);
    if (It == Parent.end()) {
      if (Required)
        fail(Pointer, std::string("missing array '") + Key + "'");
      return nullptr;
    }
    if (!It->is_array()) {
      fail(Pointer + "/" + Key, "expected an array");
      return nullptr;
    }
    return &*It;
  }

  /// A string, or an array of lines joined with '\n' (long help texts read
  /// better that way in the data file).
  std::string text(const json &Parent, const std::string &Pointer,
                   const char *Key, bool Required = true) {
    auto It = Parent.find(Key);
    if (It == Parent.end()) {
      if (Required)
        fail(Pointer, std::string("missing string '") + Key + "'");
      return "";
    }
    if (It->is_string()) {
      const std::string &Value = It->get_ref<const std::string &>();
      if (Required && Value.empty())
        fail(Pointer + "/" + Key, "must not be empty");
      return Value;
    }
    if (It->is_array()) {
      std::string Joined;
      for (size_t I = 0; I < It->size(); ++I) {
        if (!(*It)[I].is_string()) {
          fail(Pointer + "/" + Key + "/" + std::to_string(I),
               "expected a string");
          return "";
        }
        if (I)
          Joined += '\n';
        Joined += (*It)[I].get_ref<const std::string &>();
      }
      return Joined;
    }
    fail(Pointer + "/" + Key, "expected a string");
    return "";
  }

  bool boolean(const json &Parent, const std::string &Pointer,
               const char *Key) {
    auto It = Parent.find(Key);
    if (It == Parent.end()) {
      fail(Pointer, std::string("missing boolean '") + Key + "'");
      return false;
    }
    if (!It->is_boolean()) {
      fail(Pointer + "/" + Key, "expected true or false");
      return false;
    }
    return It->get<bool>();
  }

  /// A whole number of days, 0 to 100 years.
  int64_t days(const json &Parent, const std::string &Pointer,
               const char *Key) {
    auto It = Parent.find(Key);
    if (It == Parent.end()) {
      fail(Pointer, std::string("missing number '") + Key + "'");
      return 0;
    }
    if (!It->is_number_integer() || It->get<int64_t>() < 0 ||
        It->get<int64_t>() > 36525) {
      fail(Pointer + "/" + Key, "expected a whole number of days from 0 to "
                                "36525");
      return 0;
    }
    return It->get<int64_t>();
  }

  std::vector<std::string> strings(const json &Parent,
                                   const std::string &Pointer, const char *Key,
                                   bool Required = true) {
    std::vector<std::string> Result;
    const json *Array = array(Parent, Pointer, Key, Required);
    if (!Array)
      return Result;
    for (size_t I = 0; I < Array->size(); ++I) {
      if (!(*Array)[I].is_string()) {
        fail(Pointer + "/" + Key + "/" + std::to_string(I),
             "expected a string");
        return Result;
      }
      Result.push_back((*Array)[I].get<std::string>());
    }
    return Result;
  }

private:
  std::string File;
  std::optional<std::string> Error;
};

bool parseJsonText(const std::string &Text, const std::string &Name,
                   json &Out, std::optional<std::string> &Error) {
  try {
    Out = json::parse(Text);
  } catch (const json::parse_error &E) {
    // The place, not the library's message: "law.json:12:3: invalid JSON".
    size_t Line = 1, Column = 1;
    for (size_t I = 0; I + 1 < E.byte && I < Text.size(); ++I, ++Column)
      if (Text[I] == '\n') {
        ++Line;
        Column = 0;
      }
    Error = Name + ":" + std::to_string(Line) + ":" + std::to_string(Column) +
            ": invalid JSON";
    return false;
  } catch (const json::exception &E) {
    // Well-formed but not representable ("1e400": out_of_range.406).
    Error = Name + ": invalid JSON: " + E.what();
    return false;
  }
  if (!Out.is_object()) {
    Error = Name + ": expected a JSON object at the top level";
    return false;
  }
  return true;
}

void parseLaws(const json &Root, FieldReader &R, LegalPolicy &P) {
  const json *Laws = R.array(Root, "", "laws");
  if (!Laws)
    return;
  std::set<std::string> Seen;
  for (size_t I = 0; I < Laws->size() && !R.failed(); ++I) {
    std::string Ptr = "/laws/" + std::to_string(I);
    const json &L = (*Laws)[I];
    if (!L.is_object()) {
      R.fail(Ptr, "expected an object");
      return;
    }
    Law Out;
    Out.Id = R.text(L, Ptr, "id");
    Out.Name = R.text(L, Ptr, "name");
    Out.FullName = R.text(L, Ptr, "fullName", false);
    Out.Organization = R.text(L, Ptr, "organization", false);
    Out.InformationUri = R.text(L, Ptr, "informationUri");
    Out.Language = R.text(L, Ptr, "language", false);
    const json *Taxa = R.array(L, Ptr, "taxa");
    if (!Taxa)
      return;
    for (size_t J = 0; J < Taxa->size() && !R.failed(); ++J) {
      std::string TPtr = Ptr + "/taxa/" + std::to_string(J);
      const json &T = (*Taxa)[J];
      if (!T.is_object()) {
        R.fail(TPtr, "expected an object");
        return;
      }
      Taxon X;
      X.Id = R.text(T, TPtr, "id");
      X.Name = R.text(T, TPtr, "name");
      X.Citation = R.text(T, TPtr, "citation");
      X.ShortDescription = R.text(T, TPtr, "shortDescription");
      X.FullDescription = R.text(T, TPtr, "fullDescription");
      X.HelpUri = R.text(T, TPtr, "helpUri");
      if (!R.failed() && !Seen.insert(X.Id).second)
        R.fail(TPtr + "/id", "duplicate taxon id '" + X.Id + "'");
      Out.Taxa.push_back(std::move(X));
    }
    P.Laws.push_back(std::move(Out));
  }
}

void parseCategories(const json &Root, FieldReader &R, LegalPolicy &P) {
  const json *Categories = R.array(Root, "", "categories");
  if (!Categories)
    return;
  auto CheckTaxon = [&](const std::string &Ptr, const std::string &Id) {
    if (!R.failed() && !P.findTaxon(Id))
      R.fail(Ptr, "unknown taxon '" + Id + "' (not listed under any law)");
  };
  for (size_t I = 0; I < Categories->size() && !R.failed(); ++I) {
    std::string Ptr = "/categories/" + std::to_string(I);
    const json &C = (*Categories)[I];
    if (!C.is_object()) {
      R.fail(Ptr, "expected an object");
      return;
    }
    CategoryRule Out;
    Out.Id = R.text(C, Ptr, "id");
    Out.Label = R.text(C, Ptr, "label");
    Out.ConsentAllows = R.boolean(C, Ptr, "consentAllows");
    Out.PurposesWithoutConsent =
        R.strings(C, Ptr, "allowedPurposesWithoutConsent", false);
    Out.DefaultMaxRetentionDays = R.days(C, Ptr, "defaultMaxRetentionDays");
    if (C.contains("inNumericFields"))
      Out.InNumericFields = R.boolean(C, Ptr, "inNumericFields");
    if (P.findCategory(Out.Id))
      R.fail(Ptr + "/id", "duplicate category '" + Out.Id + "'");
    const json *Actions = R.object(C, Ptr, "actions");
    if (!Actions)
      return;
    for (auto It = Actions->begin(); It != Actions->end() && !R.failed();
         ++It) {
      std::string APtr = Ptr + "/actions/" + It.key();
      if (!It->is_object()) {
        R.fail(APtr, "expected an object");
        return;
      }
      ActionTaxa A;
      A.Primary = R.text(*It, APtr, "primary");
      A.Taxa = R.strings(*It, APtr, "taxa");
      CheckTaxon(APtr + "/primary", A.Primary);
      for (size_t J = 0; J < A.Taxa.size(); ++J)
        CheckTaxon(APtr + "/taxa/" + std::to_string(J), A.Taxa[J]);
      Out.Actions[It.key()] = std::move(A);
    }
    if (P.Categories.size() >= 255)
      R.fail(Ptr, "too many categories");
    P.Categories.push_back(std::move(Out));
  }
  if (R.failed())
    return;
  if (const json *Pseudo = R.object(Root, "", "pseudonymised", false)) {
    P.PseudonymisedTaxa = R.strings(*Pseudo, "/pseudonymised", "taxa");
    P.PseudonymisedNote = R.text(*Pseudo, "/pseudonymised", "note", false);
    for (size_t J = 0; J < P.PseudonymisedTaxa.size(); ++J)
      CheckTaxon("/pseudonymised/taxa/" + std::to_string(J),
                 P.PseudonymisedTaxa[J]);
  }
}

const std::set<std::string> &sarifLevels() {
  static const std::set<std::string> Levels = {"none", "note", "warning",
                                               "error"};
  return Levels;
}

/// A sink rule's kind: one entry of the registry the sink checks are made
/// from. Every category must say which articles the kind's actions concern.
void parseSinkKind(const json &Sink, const std::string &Ptr,
                   const RuleDescriptor &D, FieldReader &R, LegalPolicy &P) {
  SinkKindRule K;
  K.Id = R.text(Sink, Ptr, "kind");
  K.CheckName = D.Id;
  K.Verb = R.text(Sink, Ptr, "verb");
  K.Annotation = R.text(Sink, Ptr, "annotation");
  if (Sink.contains("retentionPeriod"))
    K.RetentionPeriod = R.boolean(Sink, Ptr, "retentionPeriod");
  if (R.failed())
    return;
  if (P.sinkKind(K.Id))
    R.fail(Ptr + "/kind", "duplicate sink kind '" + K.Id + "'");
  if (std::find(D.Actions.begin(), D.Actions.end(), K.Id) == D.Actions.end())
    R.fail(Ptr + "/kind", "the rule's actions do not include its sink kind '" +
                              K.Id + "'");
  for (const CategoryRule &C : P.Categories) {
    for (const std::string &A : {K.Id, K.periodAction()}) {
      if (A != K.Id && !K.RetentionPeriod)
        continue;
      if (!R.failed() && !C.Actions.count(A))
        R.fail(Ptr + "/kind", "category '" + C.Id + "' in law.json has no "
                              "action '" + A + "'");
    }
  }
  if (P.SinkKinds.size() >= 255)
    R.fail(Ptr, "too many sink kinds");
  P.SinkKinds.push_back(std::move(K));
}

void parseRules(const json &Root, FieldReader &R, LegalPolicy &P) {
  const json *Rules = R.array(Root, "", "rules");
  if (!Rules)
    return;
  for (size_t I = 0; I < Rules->size() && !R.failed(); ++I) {
    std::string Ptr = "/rules/" + std::to_string(I);
    const json &J = (*Rules)[I];
    if (!J.is_object()) {
      R.fail(Ptr, "expected an object");
      return;
    }
    RuleDescriptor D;
    D.Id = R.text(J, Ptr, "id");
    D.Name = R.text(J, Ptr, "name");
    D.Actions = R.strings(J, Ptr, "actions", false);
    D.ShortDescription = R.text(J, Ptr, "shortDescription");
    D.FullDescription = R.text(J, Ptr, "fullDescription");
    if (const json *Help = R.object(J, Ptr, "help")) {
      D.HelpText = R.text(*Help, Ptr + "/help", "text");
      D.HelpMarkdown = R.text(*Help, Ptr + "/help", "markdown");
    }
    D.DocsPath = R.text(J, Ptr, "docs");
    D.DefaultLevel = R.text(J, Ptr, "defaultLevel");
    D.Tags = R.strings(J, Ptr, "tags");
    D.Precision = R.text(J, Ptr, "precision");
    D.SecuritySeverity = R.text(J, Ptr, "securitySeverity");
    if (const json *Sink = R.object(J, Ptr, "sink", false))
      parseSinkKind(*Sink, Ptr + "/sink", D, R, P);
    if (R.failed())
      return;
    if (!sarifLevels().count(D.DefaultLevel))
      R.fail(Ptr + "/defaultLevel",
             "'" + D.DefaultLevel + "' is not a SARIF level (none, note, "
             "warning, error)");
    static const std::set<std::string> Precisions = {"very-high", "high",
                                                     "medium", "low"};
    if (!Precisions.count(D.Precision))
      R.fail(Ptr + "/precision", "'" + D.Precision +
                                     "' is not one of very-high, high, "
                                     "medium, low");
    char *End = nullptr;
    double Severity = std::strtod(D.SecuritySeverity.c_str(), &End);
    if (D.SecuritySeverity.empty() || *End || Severity < 0.0 ||
        Severity > 10.0)
      R.fail(Ptr + "/securitySeverity",
             "expected a number from 0.0 to 10.0 written as a string");
    if (P.findRule(D.Id))
      R.fail(Ptr + "/id", "duplicate rule '" + D.Id + "'");
    for (size_t A = 0; A < D.Actions.size() && !R.failed(); ++A) {
      bool Known = false;
      for (const CategoryRule &C : P.Categories)
        Known |= C.Actions.count(D.Actions[A]) > 0;
      if (!Known)
        R.fail(Ptr + "/actions/" + std::to_string(A),
               "action '" + D.Actions[A] + "' is used by no category in "
               "law.json");
    }
    P.Rules.push_back(std::move(D));
  }
  const json *Notes = R.array(Root, "", "notifications");
  if (!Notes || R.failed())
    return;
  for (size_t I = 0; I < Notes->size() && !R.failed(); ++I) {
    std::string Ptr = "/notifications/" + std::to_string(I);
    const json &J = (*Notes)[I];
    if (!J.is_object()) {
      R.fail(Ptr, "expected an object");
      return;
    }
    NotificationDescriptor D;
    D.Id = R.text(J, Ptr, "id");
    D.Name = R.text(J, Ptr, "name");
    D.ShortDescription = R.text(J, Ptr, "shortDescription");
    D.FullDescription = R.text(J, Ptr, "fullDescription");
    D.DefaultLevel = R.text(J, Ptr, "defaultLevel");
    if (!R.failed() && !sarifLevels().count(D.DefaultLevel))
      R.fail(Ptr + "/defaultLevel", "'" + D.DefaultLevel +
                                        "' is not a SARIF level");
    P.Notifications.push_back(std::move(D));
  }
}

} // namespace

std::optional<TaxonRef> LegalPolicy::findTaxon(const std::string &Id) const {
  for (size_t L = 0; L < Laws.size(); ++L)
    for (size_t T = 0; T < Laws[L].Taxa.size(); ++T)
      if (Laws[L].Taxa[T].Id == Id)
        return TaxonRef{L, T};
  return std::nullopt;
}

const CategoryRule *LegalPolicy::findCategory(std::string_view Id) const {
  for (const CategoryRule &C : Categories)
    if (C.Id == Id)
      return &C;
  return nullptr;
}

std::optional<size_t> LegalPolicy::findRule(const std::string &Id) const {
  for (size_t I = 0; I < Rules.size(); ++I)
    if (Rules[I].Id == Id)
      return I;
  return std::nullopt;
}

std::optional<size_t> LegalPolicy::findNotification(const std::string &Id) const {
  for (size_t I = 0; I < Notifications.size(); ++I)
    if (Notifications[I].Id == Id)
      return I;
  return std::nullopt;
}

std::vector<TaxonRef> LegalPolicy::taxaOfRule(const RuleDescriptor &Rule) const {
  std::set<std::string> Wanted;
  for (const CategoryRule &C : Categories)
    for (const std::string &Action : Rule.Actions) {
      auto It = C.Actions.find(Action);
      if (It == C.Actions.end())
        continue;
      Wanted.insert(It->second.Primary);
      Wanted.insert(It->second.Taxa.begin(), It->second.Taxa.end());
    }
  std::vector<TaxonRef> Result;
  for (size_t L = 0; L < Laws.size(); ++L)
    for (size_t T = 0; T < Laws[L].Taxa.size(); ++T)
      if (Wanted.count(Laws[L].Taxa[T].Id))
        Result.push_back({L, T});
  return Result;
}

std::vector<std::string> LegalPolicy::taxaOfFinding(const std::string &CategoryId,
                                               const std::string &Action,
                                               bool Pseudonymised) const {
  std::vector<std::string> Result;
  auto Add = [&](const std::string &Id) {
    for (const std::string &Existing : Result)
      if (Existing == Id)
        return;
    Result.push_back(Id);
  };
  if (const CategoryRule *C = findCategory(CategoryId)) {
    auto It = C->Actions.find(Action);
    if (It != C->Actions.end()) {
      Add(It->second.Primary);
      for (const std::string &Id : It->second.Taxa)
        Add(Id);
    }
  }
  if (Pseudonymised)
    for (const std::string &Id : PseudonymisedTaxa)
      Add(Id);
  return Result;
}

std::optional<std::string> parsePolicy(const std::string &LawText,
                                       const std::string &LawName,
                                       const std::string &RulesText,
                                       const std::string &RulesName,
                                       LegalPolicy &Out) {
  Out = LegalPolicy();
  Out.LawHash = fnv1aHex(LawText);
  Out.RulesHash = fnv1aHex(RulesText);
  std::optional<std::string> Error;
  json Law, Rules;
  if (!parseJsonText(LawText, LawName, Law, Error) ||
      !parseJsonText(RulesText, RulesName, Rules, Error))
    return Error;
  try {
    FieldReader LawReader(LawName);
    parseLaws(Law, LawReader, Out);
    if (!LawReader.failed())
      parseCategories(Law, LawReader, Out);
    if (LawReader.failed())
      return LawReader.error();
    FieldReader RulesReader(RulesName);
    parseRules(Rules, RulesReader, Out);
    if (RulesReader.failed())
      return RulesReader.error();
  } catch (const std::exception &E) {
    return LawName + ": " + E.what();
  }
  return std::nullopt;
}

std::optional<Category> LegalPolicy::category(std::string_view Id) const {
  for (size_t I = 0; I < Categories.size(); ++I)
    if (Categories[I].Id == Id)
      return Category{static_cast<uint8_t>(I)};
  return std::nullopt;
}

std::optional<SinkKind> LegalPolicy::sinkKind(std::string_view Id) const {
  for (size_t I = 0; I < SinkKinds.size(); ++I)
    if (SinkKinds[I].Id == Id)
      return SinkKind{static_cast<uint8_t>(I)};
  return std::nullopt;
}

std::optional<SinkKind> LegalPolicy::storageKind() const {
  for (size_t I = 0; I < SinkKinds.size(); ++I)
    if (SinkKinds[I].RetentionPeriod)
      return SinkKind{static_cast<uint8_t>(I)};
  return std::nullopt;
}

static std::string listOf(const std::vector<std::string> &Items) {
  std::string Out;
  for (size_t I = 0; I < Items.size(); ++I)
    Out += (I == 0 ? "" : I + 1 == Items.size() ? " or " : ", ") + Items[I];
  return Out;
}

std::string LegalPolicy::categoryList() const {
  std::vector<std::string> Ids;
  for (const CategoryRule &C : Categories)
    Ids.push_back(C.Id);
  return listOf(Ids);
}

std::string LegalPolicy::sinkKindList() const {
  std::vector<std::string> Ids;
  for (const SinkKindRule &K : SinkKinds)
    Ids.push_back(K.Id);
  return listOf(Ids);
}

std::string LegalPolicy::primaryCitation(Category C,
                                         const std::string &Action) const {
  const CategoryRule &Rule = rule(C);
  auto It = Rule.Actions.find(Action);
  if (It == Rule.Actions.end())
    return "";
  std::optional<TaxonRef> Ref = findTaxon(It->second.Primary);
  return Ref ? taxon(*Ref).Citation : "";
}

namespace {
const char *const StepKindIds[] = {
    "declared",  "has-type",        "returns", "assign",     "capture",
    "captured-here", "flows-into",  "passed-through", "written-through",
    "pseudonymise",  "call",        "return",  "stored-by",  "parameter",
    "anonymise"};
} // namespace

const char *stepKindId(StepKind K) {
  return StepKindIds[static_cast<unsigned>(K)];
}

std::optional<StepKind> parseStepKind(std::string_view Id) {
  for (unsigned I = 0; I < std::size(StepKindIds); ++I)
    if (Id == StepKindIds[I])
      return static_cast<StepKind>(I);
  return std::nullopt;
}

namespace {
struct LoadedPolicy {
  LegalPolicy P;
  std::optional<std::string> Error;
};

LoadedPolicy loadPolicy(const std::string &LawFile) {
  LoadedPolicy L;
  std::string LawText(embeddedFile("policy/law.json"));
  std::string RulesText(embeddedFile("policy/rules.json"));
  std::string LawName = "law.json (embedded)";
  if (LawText.empty() || RulesText.empty()) {
    L.Error = "policy/law.json or policy/rules.json was not embedded";
    return L;
  }
  if (!LawFile.empty()) {
    if (std::optional<std::string> Error = readWholeFile(LawFile, LawText)) {
      L.Error = "LawFile: " + *Error;
      return L;
    }
    LawName = LawFile;
  }
  L.Error = parsePolicy(LawText, LawName, RulesText, "rules.json (embedded)",
                        L.P);
  L.P.LawSource = LawName;
  return L;
}

std::mutex ActiveMutex;
std::optional<std::string> ActiveFile; // unset: embedded, not chosen yet
/// The policy once the law is chosen (a choice never changes): policy() is
/// asked on the engine's hot paths, which should not take the mutex.
std::atomic<const LegalPolicy *> Chosen{nullptr};
} // namespace

const LegalPolicy *embeddedPolicy(std::string &Error) {
  // Function-local static: parsed once, thread-safe (clang-tidy may run
  // several TUs in one process).
  static const LoadedPolicy Instance = loadPolicy("");
  if (Instance.Error) {
    Error = *Instance.Error;
    return nullptr;
  }
  return &Instance.P;
}

std::optional<std::string> selectLawFile(const std::string &LawFile) {
  std::lock_guard<std::mutex> Lock(ActiveMutex);
  if (ActiveFile && *ActiveFile != LawFile)
    return "LawFile '" + LawFile + "' differs from '" +
           (ActiveFile->empty() ? std::string("(built-in)") : *ActiveFile) +
           "', chosen earlier in this process; one law per run";
  ActiveFile = LawFile;
  return std::nullopt;
}

const LegalPolicy *activePolicy(std::string &Error) {
  if (const LegalPolicy *P = Chosen.load(std::memory_order_acquire))
    return P;
  std::optional<std::string> File;
  {
    std::lock_guard<std::mutex> Lock(ActiveMutex);
    File = ActiveFile;
  }
  if (!File || File->empty()) {
    const LegalPolicy *P = embeddedPolicy(Error);
    if (File && P)
      Chosen.store(P, std::memory_order_release);
    return P;
  }
  // The file named by LawFile: parsed once per process.
  static const LoadedPolicy Instance = loadPolicy(*File);
  if (Instance.Error) {
    Error = *Instance.Error;
    return nullptr;
  }
  Chosen.store(&Instance.P, std::memory_order_release);
  return &Instance.P;
}

const LegalPolicy &policy() {
  static const LegalPolicy Empty;
  std::string Error;
  const LegalPolicy *P = activePolicy(Error);
  return P ? *P : Empty;
}

} // namespace clang::tidy::privacy
