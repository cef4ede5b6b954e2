//===--- Policy.cpp - The legal mapping, read from law.json -------------===//

#include "Policy.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace clang::tidy::privacy {

namespace {
struct EmbeddedFile {
  const char *Name;
  const char *Text;
};
const EmbeddedFile EmbeddedFiles[] = {
#include "privacy/EmbeddedData.inc"
};
} // namespace

llvm::StringRef embeddedFile(llvm::StringRef Name) {
  for (const EmbeddedFile &F : EmbeddedFiles)
    if (Name == F.Name)
      return F.Text;
  return {};
}

std::vector<llvm::StringRef> embeddedFiles(llvm::StringRef Prefix) {
  std::vector<llvm::StringRef> R;
  for (const EmbeddedFile &F : EmbeddedFiles)
    if (llvm::StringRef(F.Name).starts_with(Prefix))
      R.push_back(F.Name);
  return R;
}

bool LegalPolicy::parse(llvm::StringRef Text, std::string &Error) {
  nlohmann::json J = nlohmann::json::parse(Text.begin(), Text.end(), nullptr,
                                           /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object()) {
    Error = "law.json is not a JSON object";
    return false;
  }
  std::map<std::string, std::string> Citations;
  const nlohmann::json Laws = J.value("laws", nlohmann::json::array());
  for (const auto &Law : Laws)
    for (const auto &Taxon : Law.value("taxa", nlohmann::json::array()))
      Citations[Taxon.value("id", "")] =
          Taxon.value("citation", Taxon.value("name", ""));
  bool Seen[NumCategories] = {};
  const nlohmann::json Cats = J.value("categories", nlohmann::json::array());
  for (const auto &C : Cats) {
    std::string Id = C.value("id", "");
    std::optional<Category> Cat = parseCategory(Id);
    if (!Cat) {
      Error = "law.json: unknown category '" + Id + "'";
      return false;
    }
    CategoryPolicy &P = Categories[static_cast<unsigned>(*Cat)];
    Seen[static_cast<unsigned>(*Cat)] = true;
    P.Id = Id;
    P.Label = C.value("label", Id);
    P.ConsentAllows = C.value("consentAllows", true);
    P.PurposesWithoutConsent = C.value(
        "allowedPurposesWithoutConsent", std::vector<std::string>{});
    P.DefaultMaxRetentionDays = C.value("defaultMaxRetentionDays", 0);
    const nlohmann::json Actions = C.value("actions", nlohmann::json::object());
    for (const auto &[Action, A] : Actions.items()) {
      ActionArticles &Art = P.Actions[Action];
      std::string Primary = A.value("primary", "");
      auto It = Citations.find(Primary);
      if (It == Citations.end()) {
        Error = "law.json: category '" + Id + "' action '" + Action +
                "' names unknown taxon '" + Primary + "'";
        return false;
      }
      Art.PrimaryCitation = It->second;
      Art.Taxa = A.value("taxa", std::vector<std::string>{});
      for (const std::string &T : Art.Taxa)
        if (!Citations.count(T)) {
          Error = "law.json: category '" + Id + "' names unknown taxon '" +
                  T + "'";
          return false;
        }
    }
    for (const char *Needed : {"log", "export", "retain", "retain-period"})
      if (!P.Actions.count(Needed)) {
        Error = "law.json: category '" + Id + "' lacks action '" +
                std::string(Needed) + "'";
        return false;
      }
  }
  for (unsigned I = 0; I < NumCategories; ++I)
    if (!Seen[I]) {
      Error = "law.json: category '" +
              categoryId(static_cast<Category>(I)).str() + "' is missing";
      return false;
    }
  if (J.contains("pseudonymised"))
    PseudonymisedTaxa = J["pseudonymised"].value("taxa",
                                                 std::vector<std::string>{});
  return true;
}

const LegalPolicy &LegalPolicy::builtin() {
  static const LegalPolicy P = [] {
    LegalPolicy L;
    std::string Error;
    if (!L.parse(embeddedFile("policy/law.json"), Error)) {
      // Only a broken build gets here; the test suite loads the policy.
      llvm::errs() << "error: privacy-tidy: the built-in " << Error << "\n";
      std::exit(2);
    }
    return L;
  }();
  return P;
}

const ActionArticles &LegalPolicy::articles(Category C,
                                            llvm::StringRef Action) const {
  const CategoryPolicy &P = category(C);
  auto It = P.Actions.find(Action);
  return It == P.Actions.end() ? Empty : It->second;
}

} // namespace clang::tidy::privacy
