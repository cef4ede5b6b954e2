//===--- Register.cpp - Processing operations in SARIF logs ---------------===//

#include "Register.h"

#include <algorithm>
#include <set>

namespace clang::tidy::privacy::sarif {

namespace {

const char *const Bases[] = {"none", "consent", "purpose", "anonymised"};
const char *const RequiredFields[] = {"category", "action", "sink", "basis"};
const char *const OptionalFields[] = {"purpose", "consentPurpose",
                                      "retention", "locations", "comment"};

std::optional<std::string> fail(const std::string &Name,
                                const std::string &Pointer,
                                const std::string &Message) {
  return Name + ": " + Pointer + ": " + Message;
}

std::string stringOrEmpty(const json &Row, const char *Key) {
  auto It = Row.find(Key);
  return It != Row.end() && It->is_string() ? It->get<std::string>() : "";
}

json stringOrNull(const std::string &S) { return S.empty() ? json() : json(S); }

std::optional<std::string> validateLocation(const json &L,
                                            const std::string &Name,
                                            const std::string &P) {
  if (!L.is_object())
    return fail(Name, P, "expected an object");
  if (!L.contains("uri") || !L["uri"].is_string())
    return fail(Name, P + "/uri", "expected a string");
  if (L.contains("uriBaseId") && !L["uriBaseId"].is_string())
    return fail(Name, P + "/uriBaseId", "expected a string");
  if (L.contains("line") &&
      (!L["line"].is_number_integer() || L["line"].get<int64_t>() < 1))
    return fail(Name, P + "/line", "expected a line number >= 1");
  return std::nullopt;
}

std::optional<std::string> validateKnownFields(const json &Row,
                                               const std::string &Name,
                                               const std::string &P) {
  std::set<std::string> Known(std::begin(RequiredFields),
                              std::end(RequiredFields));
  Known.insert(std::begin(OptionalFields), std::end(OptionalFields));
  for (auto It = Row.begin(); It != Row.end(); ++It)
    if (!Known.count(It.key()))
      return fail(Name, P + "/" + It.key(),
                  "unknown field (a row has category, action, sink, purpose, "
                  "basis, consentPurpose, retention, locations, comment)");
  for (const char *Key : RequiredFields)
    if (!Row.contains(Key) || !Row[Key].is_string() ||
        Row[Key].get<std::string>().empty())
      return fail(Name, P + "/" + Key, "expected a non-empty string");
  for (const char *Key : {"purpose", "consentPurpose", "comment"})
    if (Row.contains(Key) && !Row[Key].is_null() && !Row[Key].is_string())
      return fail(Name, P + "/" + Key, "expected a string or null");
  return std::nullopt;
}

std::optional<std::string> validateRow(const json &Row, const std::string &Name,
                                       const std::string &P) {
  if (!Row.is_object())
    return fail(Name, P, "expected an object");
  if (auto Error = validateKnownFields(Row, Name, P))
    return Error;
  std::string Basis = Row["basis"].get<std::string>();
  if (std::find(std::begin(Bases), std::end(Bases), Basis) == std::end(Bases))
    return fail(Name, P + "/basis",
                "unknown basis '" + Basis +
                    "' (expected none, consent, purpose or anonymised)");
  if (Row.contains("retention") && !Row["retention"].is_null() &&
      (!Row["retention"].is_number_integer() ||
       Row["retention"].get<int64_t>() < 0))
    return fail(Name, P + "/retention",
                "expected a whole number of days >= 0, or null");
  if (!Row.contains("locations"))
    return std::nullopt;
  if (!Row["locations"].is_array())
    return fail(Name, P + "/locations", "expected an array");
  for (size_t I = 0; I < Row["locations"].size(); ++I)
    if (auto Error = validateLocation(Row["locations"][I], Name,
                                      P + "/locations/" + std::to_string(I)))
      return Error;
  return std::nullopt;
}

} // namespace

RegisterKey registerKey(const json &Row) {
  RegisterKey K;
  K.Category = stringOrEmpty(Row, "category");
  K.Action = stringOrEmpty(Row, "action");
  K.Sink = stringOrEmpty(Row, "sink");
  K.Purpose = stringOrEmpty(Row, "purpose");
  K.Basis = stringOrEmpty(Row, "basis");
  K.ConsentPurpose = stringOrEmpty(Row, "consentPurpose");
  auto It = Row.find("retention");
  if (It != Row.end() && It->is_number_integer())
    K.RetentionDays = It->get<int64_t>();
  return K;
}

json keyFields(const RegisterKey &K) {
  return {{"category", K.Category},
          {"action", K.Action},
          {"sink", K.Sink},
          {"purpose", stringOrNull(K.Purpose)},
          {"basis", K.Basis},
          {"consentPurpose", stringOrNull(K.ConsentPurpose)},
          {"retention", K.RetentionDays ? json(*K.RetentionDays) : json()}};
}

std::optional<std::string> validateRegisterRows(const json &Rows,
                                                const std::string &Name,
                                                const std::string &Pointer) {
  if (!Rows.is_array())
    return fail(Name, Pointer, "expected an array of rows");
  for (size_t I = 0; I < Rows.size(); ++I)
    if (auto Error =
            validateRow(Rows[I], Name, Pointer + "/" + std::to_string(I)))
      return Error;
  return std::nullopt;
}

void ProcessingRegister::add(const json &Row) {
  auto &Locations = Rows[registerKey(Row)];
  auto It = Row.find("locations");
  if (It == Row.end())
    return;
  for (const json &L : *It)
    Locations.emplace(LocationKey(L.value("uri", std::string()),
                                  L.value("line", int64_t(0)),
                                  L.value("uriBaseId", std::string())),
                      L);
}

void ProcessingRegister::add(const ProcessingRecord &R,
                             const std::string &SourceRoot) {
  RegisterKey K{R.Category, R.Action,         R.Sink,
                R.Purpose,  R.Basis,          R.ConsentPurpose,
                R.RetentionDays};
  json Row = keyFields(K);
  Row["locations"] = json::array();
  if (R.Loc.File.empty()) {
    add(Row);
    return;
  }
  json Location = artifactLocation(R.Loc.File, SourceRoot);
  Location["line"] = R.Loc.Line;
  Row["locations"] = json::array({std::move(Location)});
  add(Row);
}

json ProcessingRegister::rows() const {
  json Out = json::array();
  for (const auto &[Key, Locations] : Rows) {
    json Row = keyFields(Key);
    Row["locations"] = json::array();
    for (const auto &Entry : Locations)
      Row["locations"].push_back(Entry.second);
    Out.push_back(std::move(Row));
  }
  return Out;
}

} // namespace clang::tidy::privacy::sarif
