//===--- Articles.h - The articles a privacy-tidy log cites -----*- C++ -*-===//
//
// The GitHub upload log and the Markdown summary name articles by the
// citations law.json gives its taxa, read from the log's taxonomies so an
// edit of law.json shows without code changes.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_ARTICLES_H
#define PRIVACY_TIDY_TOOLS_ARTICLES_H

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace clang::tidy::privacy::tool {

/// Taxon id -> its citation ("Tw-11.5-1" -> "Telecommunicatiewet art. 11.5
/// lid 1"), from \p Run's taxonomies.
std::map<std::string, std::string> taxonCitations(const nlohmann::json &Run);

/// "tw-11.5-1" from the taxon id "Tw-11.5-1": GitHub tags are lower case.
std::string articleTag(const std::string &TaxonId);

/// The id of \p Result's primary article (its first taxon); "" without taxa.
std::string primaryTaxon(const nlohmann::json &Result);

} // namespace clang::tidy::privacy::tool

#endif
