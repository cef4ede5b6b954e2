//===--- StrictModels.cpp - Model entries that matched nothing ------------===//

#include "StrictModels.h"
#include "Console.h"

#include "support/RunOptions.h"

namespace clang::tidy::privacy::tool {

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
    ++Out.Units;
    for (const char *Key : {"entries", "matched"}) {
      if (!C.contains(Key) || !C[Key].is_array())
        continue;
      for (const nlohmann::json &E : C[Key])
        if (E.is_string())
          (Key[0] == 'e' ? Out.Entries : Out.Matched).insert(E.get<std::string>());
    }
  }
}

bool reportUnmatchedModelEntries(const ModelCoverage &Coverage, size_t Units) {
  if (Units > 0 && Coverage.Units == 0) {
    error("--strict-models: no translation unit recorded which model entries "
          "matched (no privacy sink check ran)");
    return true;
  }
  bool Any = false;
  for (const std::string &Entry : Coverage.Entries) {
    if (Coverage.Matched.count(Entry))
      continue;
    error(Entry + " matches nothing in any of the " + std::to_string(Units) +
          " translation unit" + (Units == 1 ? "" : "s"));
    Any = true;
  }
  return Any;
}

} // namespace clang::tidy::privacy::tool
