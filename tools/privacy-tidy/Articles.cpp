//===--- Articles.cpp - The articles a privacy-tidy log cites -------------===//

#include "Articles.h"

#include <algorithm>
#include <cctype>

namespace clang::tidy::privacy::tool {

using nlohmann::json;

std::map<std::string, std::string> taxonCitations(const json &Run) {
  std::map<std::string, std::string> Names;
  if (!Run.contains("taxonomies"))
    return Names;
  for (const json &Taxonomy : Run["taxonomies"]) {
    if (!Taxonomy.contains("taxa"))
      continue;
    std::string Law = Taxonomy.value("name", std::string());
    for (const json &Taxon : Taxonomy["taxa"]) {
      std::string Id = Taxon.value("id", std::string());
      Names[Id] = Taxon.value("/properties/citation"_json_pointer,
                              Law + " " + Taxon.value("name", Id));
    }
  }
  return Names;
}

std::string articleTag(const std::string &TaxonId) {
  std::string Tag = TaxonId;
  std::transform(Tag.begin(), Tag.end(), Tag.begin(),
                 [](unsigned char C) { return std::tolower(C); });
  return Tag;
}

std::string primaryTaxon(const json &Result) {
  auto It = Result.find("taxa");
  if (It == Result.end() || !It->is_array() || It->empty())
    return "";
  return (*It)[0].value("id", std::string());
}

} // namespace clang::tidy::privacy::tool
