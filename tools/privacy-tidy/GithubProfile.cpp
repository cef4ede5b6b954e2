//===--- GithubProfile.cpp - The log for GitHub code scanning -------------===//

#include "GithubProfile.h"
#include "Articles.h"
#include "Waivers.h"

#include "sarif/LogBuilder.h"
#include "sarif/Merge.h"
#include "support/Paths.h"

#include <algorithm>
#include <map>

#ifdef PRIVACY_TIDY_HAVE_ZLIB
#include <zlib.h>
#endif

namespace clang::tidy::privacy::tool {

using nlohmann::json;

namespace {

/// What the profile left out, for run.properties.githubProfile.
struct Trimmed {
  size_t SuppressedResults = 0;
  size_t Invocations = 0;
  size_t Artifacts = 0;
  size_t Results = 0;
  size_t ThreadFlowLocations = 0;
  size_t CodeFlows = 0;
  size_t Tags = 0;
};

/// Taxon id -> "Telecommunicatiewet art. 11.5 lid 1 (tw-11.5-1)".
std::map<std::string, std::string> articleNames(const json &Run) {
  std::map<std::string, std::string> Names = taxonCitations(Run);
  for (auto &[Id, Citation] : Names)
    Citation += " (" + articleTag(Id) + ")";
  return Names;
}

std::string articleOf(const std::map<std::string, std::string> &Names,
                      const std::string &Id) {
  auto It = Names.find(Id);
  return It == Names.end() ? articleTag(Id) : It->second;
}

/// GitHub displays 10 tags (and refuses more than 20): "security" (which
/// makes the alert a security alert) and "privacy" first, then the
/// articles, then the rest; the full list of articles stays in the
/// description.
json uploadTags(const json &Tags, const std::vector<std::string> &ArticleTags,
                const GithubLimits &Limits, Trimmed &T) {
  json Ordered = json::array();
  auto Add = [&Ordered](const json &Tag) {
    if (std::find(Ordered.begin(), Ordered.end(), Tag) == Ordered.end())
      Ordered.push_back(Tag);
  };
  for (const char *First : {"security", "privacy"})
    if (std::find(Tags.begin(), Tags.end(), First) != Tags.end())
      Add(First);
  for (const std::string &Tag : ArticleTags)
    Add(Tag);
  for (const json &Tag : Tags)
    Add(Tag);
  if (Ordered.size() > Limits.TagsPerRule) {
    T.Tags += Ordered.size() - Limits.TagsPerRule;
    Ordered.erase(Ordered.begin() + static_cast<long>(Limits.TagsPerRule),
                  Ordered.end());
  }
  return Ordered;
}

/// The rule's articles in its description, help and tags.
void labelRule(json &Rule, const std::map<std::string, std::string> &Names,
               const GithubLimits &Limits, Trimmed &T) {
  std::vector<std::string> Articles, ArticleTags;
  for (const json &Relationship : Rule.value("relationships", json::array())) {
    std::string Id = Relationship.value("/target/id"_json_pointer, "");
    Articles.push_back(articleOf(Names, Id));
    ArticleTags.push_back(articleTag(Id));
  }
  Rule["properties"]["tags"] = uploadTags(
      Rule.value("/properties/tags"_json_pointer, json::array()), ArticleTags,
      Limits, T);
  if (Articles.empty())
    return;
  std::string List;
  for (const std::string &A : Articles)
    List += (List.empty() ? "" : ", ") + A;
  std::string Sentence = "Articles: " + List + ".";
  json &Full = Rule["fullDescription"];
  Full["text"] = Sentence + " " + Full.value("text", std::string());
  if (Rule.contains("help")) {
    json &Help = Rule["help"];
    Help["text"] = Sentence + "\n" + Help.value("text", std::string());
    if (Help.contains("markdown"))
      Help["markdown"] = "**Articles:** " + List + ".\n\n" +
                         Help["markdown"].get<std::string>();
  }
}

/// The first sentence names the finding's primary article; the last lists
/// the ids of all its articles.
void labelResult(json &Result,
                 const std::map<std::string, std::string> &Names) {
  const json Taxa = Result.value("taxa", json::array());
  if (Taxa.empty())
    return;
  std::string Ids;
  for (const json &Taxon : Taxa)
    Ids += (Ids.empty() ? "" : ", ") + articleTag(Taxon.value("id", ""));
  std::string Primary = articleOf(Names, primaryTaxon(Result));
  json &Message = Result["message"];
  Message["text"] = Primary + ": " + Message.value("text", std::string()) +
                    " Articles: " + Ids + ".";
}

/// The suppressions left are rejected waivers; a consumer that reads any
/// entry as a dismissal would hide the finding, and GitHub shows none of
/// them: said in the message instead, where it is seen.
void replaceRejectedWaiver(json &Result) {
  if (const json *S = rejectedWaiver(Result))
    Result["message"]["text"] = Result["message"].value("text", "") +
                                " Its waiver " + rejectionText(*S) + ".";
  Result.erase("suppressions");
}

/// Keeps the source's and the sink's ends of an over-long path.
void trimThreadFlows(json &Result, size_t Limit, Trimmed &T) {
  if (!Result.contains("codeFlows"))
    return;
  for (json &Flow : Result["codeFlows"])
    for (json &Thread : Flow["threadFlows"]) {
      json &Steps = Thread["locations"];
      if (Steps.size() <= Limit)
        continue;
      size_t Head = Limit / 2, Tail = Limit - Head;
      T.ThreadFlowLocations += Steps.size() - Limit;
      json Kept = json::array();
      for (size_t I = 0; I < Steps.size(); ++I)
        if (I < Head || I >= Steps.size() - Tail)
          Kept.push_back(std::move(Steps[I]));
      Steps = std::move(Kept);
      Result["properties"]["githubTrimmedPath"] = true;
    }
}

int levelRank(const json &Result) {
  std::string Level = Result.value("level", std::string("warning"));
  return Level == "error" ? 0 : Level == "warning" ? 1 : 2;
}

/// The unsuppressed results, the most severe first when over the limit.
json uploadResults(const json &Results, const GithubLimits &Limits,
                   Trimmed &T) {
  json Kept = json::array();
  for (const json &Result : Results) {
    if (sarif::isSuppressed(Result))
      ++T.SuppressedResults;
    else
      Kept.push_back(Result);
  }
  if (Kept.size() <= Limits.ResultsPerRun)
    return Kept;
  // GitHub itself keeps the most severe ones; do the same, in log order.
  std::vector<size_t> Order(Kept.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  std::stable_sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    return levelRank(Kept[A]) < levelRank(Kept[B]);
  });
  Order.resize(Limits.ResultsPerRun);
  std::sort(Order.begin(), Order.end());
  json Selected = json::array();
  for (size_t I : Order)
    Selected.push_back(std::move(Kept[I]));
  T.Results = Kept.size() - Limits.ResultsPerRun;
  return Selected;
}

/// One invocation with the notifications of all: GitHub shows them on the
/// tool status page; arguments and times stay in the auditor log.
json mergedInvocation(const json &Run, Trimmed &T) {
  json Invocation = {{"executionSuccessful", true},
                     {"toolExecutionNotifications", json::array()}};
  for (const json &I : Run.value("invocations", json::array())) {
    ++T.Invocations;
    if (!I.value("executionSuccessful", true))
      Invocation["executionSuccessful"] = false;
    for (const json &N : I.value("toolExecutionNotifications", json::array()))
      Invocation["toolExecutionNotifications"].push_back(N);
  }
  return Invocation;
}

std::string count(size_t N, const char *One, const char *Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many);
}

/// What was left out, as a property bag and a sentence.
void recordTrimming(json &Run, const Trimmed &T) {
  Run["properties"]["githubProfile"] = {
      {"suppressedResultsLeftOut", T.SuppressedResults},
      {"invocationsMerged", T.Invocations},
      {"artifactsLeftOut", T.Artifacts},
      {"resultsLeftOut", T.Results},
      {"threadFlowLocationsLeftOut", T.ThreadFlowLocations},
      {"codeFlowsLeftOut", T.CodeFlows},
      {"ruleTagsLeftOut", T.Tags}};
  std::string Text =
      "This is privacy-tidy's upload log for GitHub code scanning: " +
      count(T.SuppressedResults, "suppressed result is", "suppressed results are") +
      " left out (the auditor log keeps them with their waivers); " +
      count(T.Invocations, "invocation is", "invocations are") +
      " merged into one and " + count(T.Artifacts, "artifact", "artifacts") +
      " left out to stay within GitHub's limits";
  if (T.Results)
    Text += "; " + count(T.Results, "result", "results") +
            " over GitHub's limit of results per run left out, the least "
            "severe first";
  if (T.ThreadFlowLocations)
    Text += "; " + count(T.ThreadFlowLocations, "path step", "path steps") +
            " left out of the middle of over-long paths";
  if (T.CodeFlows)
    Text += "; the paths of " + count(T.CodeFlows, "result", "results") +
            " left out to stay under GitHub's size limit";
  Run["invocations"][0]["toolExecutionNotifications"].push_back(
      {{"level", "note"}, {"message", {{"text", Text + "."}}}});
}

/// The size GitHub limits: the gzipped log (the plain size when zlib is
/// missing, which is never smaller).
size_t uploadSize(const std::string &Text) {
#ifdef PRIVACY_TIDY_HAVE_ZLIB
  z_stream Stream{};
  if (deflateInit2(&Stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK)
    return Text.size();
  std::string Buffer(deflateBound(&Stream, Text.size()), '\0');
  Stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(Text.data()));
  Stream.avail_in = static_cast<uInt>(Text.size());
  Stream.next_out = reinterpret_cast<Bytef *>(Buffer.data());
  Stream.avail_out = static_cast<uInt>(Buffer.size());
  int Status = deflate(&Stream, Z_FINISH);
  size_t Size = Status == Z_STREAM_END ? Stream.total_out : Text.size();
  deflateEnd(&Stream);
  return Size;
#else
  return Text.size();
#endif
}

} // namespace

std::optional<std::string> githubProfileLog(const json &Log,
                                            const GithubLimits &Limits,
                                            json &Out) {
  Out = Log;
  json &Run = Out["runs"][0];
  Trimmed T;
  std::map<std::string, std::string> Names = articleNames(Run);
  for (json &Rule : Run["tool"]["driver"]["rules"])
    labelRule(Rule, Names, Limits, T);
  Run["results"] = uploadResults(Run["results"], Limits, T);
  for (json &Result : Run["results"]) {
    labelResult(Result, Names);
    replaceRejectedWaiver(Result);
    trimThreadFlows(Result, Limits.ThreadFlowLocationsPerResult, T);
  }
  Run["automationDetails"] = {{"id", "privacy-tidy/"}};
  json Invocation = mergedInvocation(Run, T);
  Run["invocations"] = json::array({std::move(Invocation)});
  T.Artifacts = Run.value("artifacts", json::array()).size();
  Run.erase("artifacts");
  recordTrimming(Run, T);
  if (uploadSize(sarif::serializeLog(Out)) <= Limits.GzippedBytes)
    return std::nullopt;
  // Over the size limit: the paths go first, the findings stay.
  for (json &Result : Run["results"])
    T.CodeFlows += Result.erase("codeFlows");
  Run["invocations"][0]["toolExecutionNotifications"].erase(
      Run["invocations"][0]["toolExecutionNotifications"].size() - 1);
  recordTrimming(Run, T);
  size_t Size = uploadSize(sarif::serializeLog(Out));
  if (Size <= Limits.GzippedBytes)
    return std::nullopt;
  return "the code-scanning log is " + std::to_string(Size) +
         " bytes compressed even without paths; GitHub accepts at most " +
         std::to_string(Limits.GzippedBytes) +
         ": check the tree in parts (--shard) and upload each with its own "
         "category";
}

std::optional<std::string> writeGithubLog(const json &Log,
                                          const std::string &Path,
                                          const GithubLimits &Limits) {
  json Upload;
  if (std::optional<std::string> Error =
          githubProfileLog(Log, Limits, Upload))
    return Error;
  return writeFileAtomically(Path, sarif::serializeLog(Upload));
}

} // namespace clang::tidy::privacy::tool
