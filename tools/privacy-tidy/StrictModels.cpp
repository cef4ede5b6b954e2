//===--- StrictModels.cpp - Model entries that matched nothing ------------===//

#include "StrictModels.h"
#include "Console.h"

#include "support/RunOptions.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace clang::tidy::privacy::tool {

namespace {
/// The strings of the JSON array \p A; what is not a string is skipped.
template <typename Out> void addStrings(const nlohmann::json &A, Out &&Add) {
  if (!A.is_array())
    return;
  for (const nlohmann::json &E : A)
    if (E.is_string())
      Add(E.get<std::string>());
}

/// Where an entry ("model FILE:LINE: function 'f'") is in its file, for
/// the report's order: by file, then by line as a number (4 before 12).
std::tuple<std::string, unsigned long, std::string>
placeOf(const std::string &Entry) {
  size_t End = Entry.find(": ");
  size_t Colon = End == std::string::npos ? End : Entry.rfind(':', End - 1);
  if (Colon == std::string::npos)
    return {Entry, 0, ""};
  std::string Line = Entry.substr(Colon + 1, End - Colon - 1);
  bool Digits = !Line.empty() && Line.size() < 10 &&
                std::all_of(Line.begin(), Line.end(),
                            [](char C) { return C >= '0' && C <= '9'; });
  if (!Digits)
    return {Entry, 0, ""};
  return {Entry.substr(0, Colon), std::stoul(Line), Entry.substr(End)};
}
} // namespace

void addModelCoverage(const nlohmann::json &Log, ModelCoverage &Out) {
  const nlohmann::json *Invocations = nullptr;
  if (Log.contains("runs") && !Log["runs"].empty() &&
      Log["runs"][0].contains("invocations"))
    Invocations = &Log["runs"][0]["invocations"];
  if (!Invocations)
    return;
  for (const nlohmann::json &Invocation : *Invocations) {
    if (!Invocation.contains("properties") ||
        !Invocation["properties"].contains(ModelCoverageProperty))
      continue;
    const nlohmann::json &C = Invocation["properties"][ModelCoverageProperty];
    if (!C.is_object())
      continue;
    ++Out.Units;
    addStrings(C.value("entries", nlohmann::json()),
               [&](std::string E) { Out.Entries.insert(std::move(E)); });
    addStrings(C.value("matched", nlohmann::json()),
               [&](std::string E) { Out.Matched.insert(std::move(E)); });
    if (C.contains("overridden") && C["overridden"].is_object())
      for (const auto &[Entry, By] : C["overridden"].items())
        addStrings(By, [&, &Entry = Entry](std::string O) {
          Out.Overridden[Entry].insert(std::move(O));
        });
  }
}

bool reportUnmatchedModelEntries(const ModelCoverage &Coverage, size_t Units) {
  if (Units > 0 && Coverage.Units == 0) {
    error("--strict-models: no translation unit recorded which model entries "
          "matched (no privacy sink check ran)");
    return true;
  }
  // By file, then line, whatever order the TUs ran in: a stable CI log.
  std::vector<std::string> Unmatched;
  for (const std::string &Entry : Coverage.Entries)
    if (!Coverage.Matched.count(Entry))
      Unmatched.push_back(Entry);
  std::stable_sort(Unmatched.begin(), Unmatched.end(),
                   [](const std::string &A, const std::string &B) {
                     return placeOf(A) < placeOf(B);
                   });
  std::string InUnits = std::to_string(Units) + " translation unit" +
                        (Units == 1 ? "" : "s");
  for (const std::string &Entry : Unmatched) {
    auto Over = Coverage.Overridden.find(Entry);
    if (Over == Coverage.Overridden.end()) {
      error(Entry + " matches nothing in any of the " + InUnits);
      continue;
    }
    std::string By;
    for (const std::string &O : Over->second)
      By += (By.empty() ? "" : ", ") + O;
    error(Entry + " applies in none of the " + InUnits + ": overridden by " +
          By + " wherever it matches (the last matching entry wins)");
  }
  return !Unmatched.empty();
}

} // namespace clang::tidy::privacy::tool
