//===--- Merge.cpp - Reading, merging and baselining SARIF logs -----------===//

#include "Merge.h"
#include "Register.h"
#include "support/JsonSyntax.h"
#include "support/JsonDepth.h"
#include "support/Paths.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <map>
#include <sys/stat.h>
#include <tuple>

namespace clang::tidy::privacy::sarif {

namespace {

std::string pointer(const std::string &Base, const std::string &Key) {
  return Base + "/" + Key;
}
std::string pointer(const std::string &Base, size_t Index) {
  return Base + "/" + std::to_string(Index);
}

std::optional<std::string> fail(const std::string &Name,
                                const std::string &Pointer,
                                const std::string &Message) {
  return Name + ": " + Pointer + ": " + Message;
}

std::optional<std::string> requireKind(const json &Parent, const char *Key,
                                       json::value_t Kind,
                                       const std::string &Name,
                                       const std::string &Ptr) {
  auto It = Parent.find(Key);
  static const std::map<json::value_t, const char *> Kinds = {
      {json::value_t::object, "an object"},
      {json::value_t::array, "an array"},
      {json::value_t::string, "a string"}};
  if (It == Parent.end())
    return fail(Name, Ptr, std::string("missing '") + Key + "'");
  if (It->type() != Kind)
    return fail(Name, pointer(Ptr, Key),
                std::string("expected ") + Kinds.at(Kind));
  return std::nullopt;
}

/// The directory %SRCROOT% names in \p Run, if it is a file URI.
std::optional<std::string> sourceRootOf(const json &Run) {
  auto Bases = Run.find("originalUriBaseIds");
  if (Bases == Run.end() || !Bases->is_object())
    return std::nullopt;
  auto Root = Bases->find(SourceRootId);
  if (Root == Bases->end() || !Root->is_object() || !Root->contains("uri") ||
      !(*Root)["uri"].is_string())
    return std::nullopt;
  return filePathFromUri((*Root)["uri"].get<std::string>());
}

const json *primaryArtifact(const json &Result) {
  auto Locations = Result.find("locations");
  if (Locations == Result.end() || !Locations->is_array() ||
      Locations->empty())
    return nullptr;
  const json &First = (*Locations)[0];
  if (!First.contains("physicalLocation"))
    return nullptr;
  return &First["physicalLocation"];
}

std::tuple<std::string, long, long> primarySortKey(const json &Result) {
  const json *Physical = primaryArtifact(Result);
  if (!Physical)
    return {"", 0, 0};
  std::string Uri = Physical->value("/artifactLocation/uri"_json_pointer,
                                    std::string());
  long Line = Physical->value("/region/startLine"_json_pointer, 0L);
  long Column = Physical->value("/region/startColumn"_json_pointer, 0L);
  return {Uri, Line, Column};
}

std::string fingerprintOf(const json &Result) {
  auto Fingerprints = Result.find("partialFingerprints");
  if (Fingerprints == Result.end() || !Fingerprints->is_object())
    return "";
  auto It = Fingerprints->find(FingerprintId);
  return It != Fingerprints->end() && It->is_string() ? It->get<std::string>()
                                                      : "";
}

/// Re-bases URIs of one input onto the merged root.
class Rebaser {
public:
  Rebaser(std::optional<std::string> From, std::string To, std::string Name)
      : From(std::move(From)), To(std::move(To)), Name(std::move(Name)) {}

  std::optional<std::string> artifact(json &A) {
    if (!A.is_object() || !A.contains("uri") || !A["uri"].is_string())
      return std::nullopt;
    std::string Uri = A["uri"].get<std::string>();
    std::optional<std::string> Path;
    if (A.value("uriBaseId", std::string()) == SourceRootId) {
      if (!From)
        return Name + ": a URI is relative to %SRCROOT% but the log does not "
                      "define %SRCROOT% as a file URI";
      std::optional<std::string> Decoded = decodeUriPath(Uri);
      if (!Decoded)
        return Name + ": malformed percent-encoding in URI '" + Uri + "'";
      Path = normalizePath(*Decoded, *From);
    } else if (!A.contains("uriBaseId")) {
      Path = filePathFromUri(Uri);
    }
    if (!Path)
      return std::nullopt;
    json New = artifactLocation(*Path, To);
    A.erase("uriBaseId");
    A["uri"] = New["uri"];
    if (New.contains("uriBaseId"))
      A["uriBaseId"] = New["uriBaseId"];
    return std::nullopt;
  }

  /// Every "artifactLocation" object below \p Node.
  std::optional<std::string> walk(json &Node) {
    if (Node.is_object()) {
      for (auto It = Node.begin(); It != Node.end(); ++It) {
        if (It.key() == "artifactLocation") {
          if (std::optional<std::string> Error = artifact(*It))
            return Error;
        } else if (std::optional<std::string> Error = walk(*It)) {
          return Error;
        }
      }
    } else if (Node.is_array()) {
      for (json &Element : Node)
        if (std::optional<std::string> Error = walk(Element))
          return Error;
    }
    return std::nullopt;
  }

private:
  std::optional<std::string> From;
  std::string To;
  std::string Name;
};

/// Unites descriptor arrays (rules, notifications, taxa) by "id", keeping
/// the first description of each id.
void uniteById(json &Into, const json &From) {
  for (const json &Item : From) {
    bool Present = false;
    for (const json &Existing : Into)
      Present |= Existing.value("id", std::string()) ==
                 Item.value("id", std::string());
    if (!Present)
      Into.push_back(Item);
  }
}

std::optional<size_t> indexById(const json &Array, const std::string &Id,
                                const char *Key = "id") {
  for (size_t I = 0; I < Array.size(); ++I)
    if (Array[I].value(Key, std::string()) == Id)
      return I;
  return std::nullopt;
}

/// A key that orders invocations by everything but their times, so a log
/// normalised for time compares equal however the work was scheduled.
std::string invocationKey(const json &Invocation) {
  json Copy = Invocation;
  Copy.erase("startTimeUtc");
  Copy.erase("endTimeUtc");
  std::string Unit = Invocation.value(
      "/properties/translationUnit/uri"_json_pointer, std::string());
  return Unit + '\x01' + serializeLog(Copy) + '\x01' + serializeLog(Invocation);
}

} // namespace

namespace {

/// The log object, its version and its single run.
std::optional<std::string> validateEnvelope(const json &Log,
                                            const std::string &Name) {
  if (!Log.is_object())
    return Name + ": not a SARIF log (expected a JSON object)";
  if (Log.value("version", std::string()) != "2.1.0")
    return Name + ": not a SARIF 2.1.0 log (version is " +
           (Log.contains("version") ? Log["version"].dump() : "missing") + ")";
  if (auto Error = requireKind(Log, "runs", json::value_t::array, Name, ""))
    return Error;
  if (Log["runs"].size() != 1)
    return fail(Name, "/runs",
                "expected exactly one run, found " +
                    std::to_string(Log["runs"].size()));
  if (!Log["runs"][0].is_object())
    return fail(Name, "/runs/0", "expected an object");
  return std::nullopt;
}

/// tool.driver: written by privacy-tidy, every rule with an id.
std::optional<std::string>
validateTool(const json &Run, const std::string &Name, const std::string &R) {
  if (auto Error = requireKind(Run, "tool", json::value_t::object, Name, R))
    return Error;
  if (auto Error = requireKind(Run["tool"], "driver", json::value_t::object,
                               Name, R + "/tool"))
    return Error;
  const json &Driver = Run["tool"]["driver"];
  if (Driver.value("name", std::string()) != ToolName)
    return Name + ": not written by privacy-tidy (tool.driver.name is " +
           (Driver.contains("name") ? Driver["name"].dump() : "missing") + ")";
  if (auto Error = requireKind(Driver, "rules", json::value_t::array, Name,
                               R + "/tool/driver"))
    return Error;
  for (size_t I = 0; I < Driver["rules"].size(); ++I)
    if (auto Error = requireKind(Driver["rules"][I], "id",
                                 json::value_t::string, Name,
                                 pointer(R + "/tool/driver/rules", I)))
      return Error;
  return std::nullopt;
}

/// The optional arrays of a run, and the name and taxa of each taxonomy.
std::optional<std::string> validateOptionalArrays(const json &Run,
                                                  const std::string &Name,
                                                  const std::string &R) {
  for (const char *Optional : {"invocations", "artifacts", "taxonomies"})
    if (Run.contains(Optional) && !Run[Optional].is_array())
      return fail(Name, pointer(R, Optional), "expected an array");
  if (!Run.contains("taxonomies"))
    return std::nullopt;
  for (size_t I = 0; I < Run["taxonomies"].size(); ++I) {
    std::string T = pointer(R + "/taxonomies", I);
    if (auto Error = requireKind(Run["taxonomies"][I], "name",
                                 json::value_t::string, Name, T))
      return Error;
    if (auto Error = requireKind(Run["taxonomies"][I], "taxa",
                                 json::value_t::array, Name, T))
      return Error;
  }
  return std::nullopt;
}

/// The register rows of a run, if it has the property (Register.h).
std::optional<std::string> validateRegister(const json &Run,
                                            const std::string &Name,
                                            const std::string &R) {
  if (!Run.contains("properties"))
    return std::nullopt;
  if (!Run["properties"].is_object())
    return fail(Name, R + "/properties", "expected an object");
  auto It = Run["properties"].find(RegisterProperty);
  if (It == Run["properties"].end())
    return std::nullopt;
  return validateRegisterRows(*It, Name,
                              R + "/properties/privacy-tidy~1register");
}

/// One result; \p NeedsRoot is set when its location is relative to
/// %SRCROOT%.
std::optional<std::string> validateResult(const json &Result,
                                          const std::string &Name,
                                          const std::string &P,
                                          bool &NeedsRoot) {
  if (!Result.is_object())
    return fail(Name, P, "expected an object");
  if (auto Error =
          requireKind(Result, "ruleId", json::value_t::string, Name, P))
    return Error;
  if (auto Error =
          requireKind(Result, "message", json::value_t::object, Name, P))
    return Error;
  if (auto Error =
          requireKind(Result, "locations", json::value_t::array, Name, P))
    return Error;
  if (fingerprintOf(Result).empty())
    return fail(Name, P,
                std::string("missing partialFingerprints/") + FingerprintId);
  if (Result.contains("taxa") && !Result["taxa"].is_array())
    return fail(Name, P + "/taxa", "expected an array");
  if (Result.contains("suppressions") && !Result["suppressions"].is_array())
    return fail(Name, P + "/suppressions", "expected an array");
  const json *Physical = primaryArtifact(Result);
  NeedsRoot |=
      Physical && Physical->value("/artifactLocation/uriBaseId"_json_pointer,
                                  std::string()) == SourceRootId;
  return std::nullopt;
}

std::optional<std::string> validateLogShape(const json &Log,
                                            const std::string &Name) {
  if (auto Error = validateEnvelope(Log, Name))
    return Error;
  const json &Run = Log["runs"][0];
  const std::string R = "/runs/0";
  if (auto Error = validateTool(Run, Name, R))
    return Error;
  if (auto Error = requireKind(Run, "results", json::value_t::array, Name, R))
    return Error;
  if (auto Error = validateOptionalArrays(Run, Name, R))
    return Error;
  if (auto Error = validateRegister(Run, Name, R))
    return Error;
  bool NeedsRoot = false;
  for (size_t I = 0; I < Run["results"].size(); ++I)
    if (auto Error = validateResult(Run["results"][I], Name,
                                    pointer(R + "/results", I), NeedsRoot))
      return Error;
  if (NeedsRoot && !sourceRootOf(Run))
    return fail(Name, R + "/originalUriBaseIds",
                "%SRCROOT% must be an absolute file URI");
  return std::nullopt;
}

} // namespace

std::optional<std::string> validateLog(const json &Log,
                                       const std::string &Name) {
  try {
    return validateLogShape(Log, Name);
  } catch (const std::exception &E) {
    return Name + ": unexpected SARIF structure (" +
           withoutLibraryPrefix(E.what()) + ")";
  }
}

std::optional<std::string> readLogFile(const std::string &Path, LogFile &Out) {
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(Path, Text))
    return Error;
  Out.Name = Path;
  if (size_t Deep = jsonTooDeepAt(Text); Deep != std::string::npos) {
    size_t LineStart = Text.rfind('\n', Deep);
    LineStart = LineStart == std::string::npos ? 0 : LineStart + 1;
    return Path + ":" +
           std::to_string(std::count(Text.begin(), Text.begin() + Deep, '\n') +
                          1) +
           ":" + std::to_string(Deep - LineStart + 1) +
           ": not valid JSON: nested deeper than " +
           std::to_string(MaxJsonDepth) + " levels";
  }
  Out.Log = json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Out.Log.is_discarded()) // a truncated fragment fails here
    return describeJsonSyntaxError(Path, Text, "not valid JSON");
  return validateLog(Out.Log, Path);
}

std::optional<std::string> expandLogInputs(const std::string &Path,
                                           std::vector<std::string> &Out) {
  struct stat St;
  if (::stat(Path.c_str(), &St) != 0)
    return "cannot read '" + Path + "': " + std::strerror(errno);
  if (!S_ISDIR(St.st_mode)) {
    Out.push_back(Path);
    return std::nullopt;
  }
  DIR *Dir = ::opendir(Path.c_str());
  if (!Dir)
    return "cannot read directory '" + Path + "': " + std::strerror(errno);
  std::vector<std::string> Found;
  while (struct dirent *Entry = ::readdir(Dir)) {
    std::string File = Entry->d_name;
    if (File.empty() || File[0] == '.' || File.size() < 6 ||
        File.compare(File.size() - 6, 6, ".sarif"))
      continue;
    Found.push_back(Path + "/" + File);
  }
  ::closedir(Dir);
  std::sort(Found.begin(), Found.end());
  Out.insert(Out.end(), Found.begin(), Found.end());
  return std::nullopt;
}

namespace {

/// Versions must agree: descriptors of two releases may disagree.
std::optional<std::string> checkVersions(const std::vector<LogFile> &Inputs) {
  std::string Version =
      Inputs[0].Log["runs"][0]["tool"]["driver"].value("version", "");
  for (const LogFile &In : Inputs) {
    std::string V = In.Log["runs"][0]["tool"]["driver"].value("version", "");
    if (V != Version)
      return "cannot merge logs of different privacy-tidy versions: " +
             Inputs[0].Name + " has '" + Version + "', " + In.Name + " has '" +
             V + "'";
  }
  return std::nullopt;
}

/// \p SourceRoot if given, else the common ancestor of the inputs' roots.
std::string mergedRoot(const std::vector<LogFile> &Inputs,
                       const std::string &SourceRoot) {
  if (!SourceRoot.empty())
    return normalizePath(SourceRoot);
  std::optional<std::string> Common;
  for (const LogFile &In : Inputs)
    if (std::optional<std::string> R = sourceRootOf(In.Log["runs"][0]))
      Common = Common ? commonAncestor(*Common, *R) : *R;
  return Common ? *Common : currentDirectory();
}

/// Joins validated logs into one run; see mergeLogs.
class LogMerger {
public:
  explicit LogMerger(std::string Root) : Root(std::move(Root)) {}

  /// Rules, notification descriptors and taxonomies of every input; before
  /// add(), which points results at them by index.
  void uniteDescriptors(const std::vector<LogFile> &Inputs);

  /// The results, artifacts and invocations of one input.
  std::optional<std::string> add(const LogFile &In);

  json finish();

private:
  void indexDescriptors();
  void remapTaxon(json &Ref) const;
  std::optional<std::string> addResults(json &Run, Rebaser &Rebase);
  std::optional<std::string> addArtifacts(json &Run, Rebaser &Rebase);
  std::optional<std::string> addInvocations(json &Run, Rebaser &Rebase);
  std::optional<std::string> addRegister(json &Run, Rebaser &Rebase);
  std::vector<json> sortedResults();
  std::vector<json> sortedArtifacts();

  std::string Root;
  json Driver;
  json Taxonomies = json::array();
  std::map<std::string, json> Results;   ///< dedupe key -> smallest result
  std::map<std::string, json> Artifacts; ///< serialised -> artifact
  std::vector<std::pair<std::string, json>> Invocations;
  /// The processing operations; a header's repeat per TU joined by key.
  ProcessingRegister Register;
  bool HasRegister = false;
};

void LogMerger::uniteDescriptors(const std::vector<LogFile> &Inputs) {
  Driver = Inputs[0].Log["runs"][0]["tool"]["driver"];
  Driver["rules"] = json::array();
  Driver["notifications"] = json::array();
  for (const LogFile &In : Inputs) {
    const json &Run = In.Log["runs"][0];
    const json &D = Run["tool"]["driver"];
    uniteById(Driver["rules"], D["rules"]);
    if (D.contains("notifications") && D["notifications"].is_array())
      uniteById(Driver["notifications"], D["notifications"]);
    if (!Run.contains("taxonomies"))
      continue;
    for (const json &Taxonomy : Run["taxonomies"]) {
      std::optional<size_t> At =
          indexById(Taxonomies, Taxonomy["name"].get<std::string>(), "name");
      if (!At)
        Taxonomies.push_back(Taxonomy);
      else
        uniteById(Taxonomies[*At]["taxa"], Taxonomy["taxa"]);
    }
  }
  indexDescriptors();
}

/// The driver's taxonomy list and the rules' taxon references follow the
/// united taxonomies.
void LogMerger::indexDescriptors() {
  if (Driver["notifications"].empty())
    Driver.erase("notifications");
  Driver.erase("supportedTaxonomies");
  if (!Taxonomies.empty()) {
    json Supported = json::array();
    for (size_t I = 0; I < Taxonomies.size(); ++I)
      Supported.push_back({{"name", Taxonomies[I]["name"]}, {"index", I}});
    Driver["supportedTaxonomies"] = std::move(Supported);
  }
  for (json &Rule : Driver["rules"])
    if (Rule.contains("relationships"))
      for (json &Relationship : Rule["relationships"])
        if (Relationship.contains("target"))
          remapTaxon(Relationship["target"]);
}

/// A reference to a taxon: its id and the name of its taxonomy.
void LogMerger::remapTaxon(json &Ref) const {
  std::string Component =
      Ref.value("/toolComponent/name"_json_pointer, std::string());
  std::optional<size_t> T = indexById(Taxonomies, Component, "name");
  if (!T)
    return;
  Ref["toolComponent"]["index"] = *T;
  if (std::optional<size_t> I =
          indexById(Taxonomies[*T]["taxa"], Ref.value("id", std::string())))
    Ref["index"] = *I;
}

std::optional<std::string> LogMerger::add(const LogFile &In) {
  json Run = In.Log["runs"][0];
  Rebaser Rebase(sourceRootOf(Run), Root, In.Name);
  if (std::optional<std::string> Error = addResults(Run, Rebase))
    return Error;
  if (std::optional<std::string> Error = addArtifacts(Run, Rebase))
    return Error;
  if (std::optional<std::string> Error = addRegister(Run, Rebase))
    return Error;
  return addInvocations(Run, Rebase);
}

std::optional<std::string> LogMerger::addRegister(json &Run, Rebaser &Rebase) {
  if (!Run.contains("/properties/privacy-tidy~1register"_json_pointer))
    return std::nullopt;
  HasRegister = true;
  for (json &Row : Run["properties"][RegisterProperty]) {
    if (Row.contains("locations"))
      for (json &Location : Row["locations"]) {
        json Wrapper = {{"artifactLocation", Location}};
        if (std::optional<std::string> Error = Rebase.walk(Wrapper))
          return Error;
        Location = Wrapper["artifactLocation"];
      }
    Register.add(Row);
  }
  return std::nullopt;
}

std::optional<std::string> LogMerger::addResults(json &Run, Rebaser &Rebase) {
  for (json &Result : Run["results"]) {
    if (std::optional<std::string> Error = Rebase.walk(Result))
      return Error;
    std::string RuleId = Result["ruleId"].get<std::string>();
    if (std::optional<size_t> I = indexById(Driver["rules"], RuleId))
      Result["ruleIndex"] = *I;
    if (Result.contains("taxa"))
      for (json &Ref : Result["taxa"])
        remapTaxon(Ref);
    auto [Uri, Line, Column] = primarySortKey(Result);
    std::string Key = Uri + '\x1f' + std::to_string(Line) + '\x1f' +
                      std::to_string(Column) + '\x1f' + RuleId + '\x1f' +
                      fingerprintOf(Result) + '\x1f' +
                      Result.value("/message/text"_json_pointer, std::string());
    auto It = Results.find(Key);
    // Duplicates (a header seen from two TUs) resolve by content, so the
    // survivor does not depend on input order.
    if (It == Results.end() || serializeLog(Result) < serializeLog(It->second))
      Results[Key] = std::move(Result);
  }
  return std::nullopt;
}

std::optional<std::string> LogMerger::addArtifacts(json &Run, Rebaser &Rebase) {
  if (!Run.contains("artifacts"))
    return std::nullopt;
  for (json &Artifact : Run["artifacts"]) {
    if (Artifact.contains("location")) {
      json Wrapper = {{"artifactLocation", Artifact["location"]}};
      if (std::optional<std::string> Error = Rebase.walk(Wrapper))
        return Error;
      Artifact["location"] = Wrapper["artifactLocation"];
    }
    Artifacts.emplace(serializeLog(Artifact), Artifact);
  }
  return std::nullopt;
}

std::optional<std::string> LogMerger::addInvocations(json &Run,
                                                     Rebaser &Rebase) {
  if (!Run.contains("invocations"))
    return std::nullopt;
  for (json &Invocation : Run["invocations"]) {
    if (std::optional<std::string> Error = Rebase.walk(Invocation))
      return Error;
    if (Invocation.contains("/properties/translationUnit"_json_pointer)) {
      json Wrapper = {
          {"artifactLocation", Invocation["properties"]["translationUnit"]}};
      if (std::optional<std::string> Error = Rebase.walk(Wrapper))
        return Error;
      Invocation["properties"]["translationUnit"] = Wrapper["artifactLocation"];
    }
    if (Invocation.contains("toolExecutionNotifications"))
      for (json &Note : Invocation["toolExecutionNotifications"])
        if (Note.contains("/descriptor/id"_json_pointer) &&
            Driver.contains("notifications"))
          if (std::optional<size_t> I =
                  indexById(Driver["notifications"],
                            Note["descriptor"]["id"].get<std::string>()))
            Note["descriptor"]["index"] = *I;
    Invocations.emplace_back(invocationKey(Invocation), Invocation);
  }
  return std::nullopt;
}

std::vector<json> LogMerger::sortedResults() {
  std::vector<json> Sorted;
  for (auto &Entry : Results)
    Sorted.push_back(std::move(Entry.second));
  std::sort(Sorted.begin(), Sorted.end(), [](const json &A, const json &B) {
    auto KA = primarySortKey(A), KB = primarySortKey(B);
    if (KA != KB)
      return KA < KB;
    std::string RA = A["ruleId"].get<std::string>(),
                RB = B["ruleId"].get<std::string>();
    if (RA != RB)
      return RA < RB;
    if (fingerprintOf(A) != fingerprintOf(B))
      return fingerprintOf(A) < fingerprintOf(B);
    return serializeLog(A) < serializeLog(B);
  });
  return Sorted;
}

/// By location URI, then by serialised form: the order a stable sort by
/// URI of the map's entries gives.
std::vector<json> LogMerger::sortedArtifacts() {
  struct Keyed {
    std::string Uri;
    const std::string *Serialised;
    const json *Artifact;
  };
  std::vector<Keyed> Order;
  for (const auto &Entry : Artifacts)
    Order.push_back(
        {Entry.second.value("/location/uri"_json_pointer, std::string()),
         &Entry.first, &Entry.second});
  std::sort(Order.begin(), Order.end(), [](const Keyed &A, const Keyed &B) {
    return A.Uri != B.Uri ? A.Uri < B.Uri : *A.Serialised < *B.Serialised;
  });
  std::vector<json> Sorted;
  for (const Keyed &K : Order)
    Sorted.push_back(*K.Artifact);
  return Sorted;
}

json LogMerger::finish() {
  std::vector<json> SortedResults = sortedResults();
  std::sort(Invocations.begin(), Invocations.end(),
            [](const auto &A, const auto &B) { return A.first < B.first; });
  json Run = {{"tool", {{"driver", std::move(Driver)}}},
              {"originalUriBaseIds",
               {{SourceRootId,
                 {{"uri", fileUri(Root, /*IsDirectory=*/true)},
                  {"description",
                   {{"text", "The root of the analysed source tree."}}}}}}},
              {"columnKind", "utf16CodeUnits"},
              {"artifacts", json::array()},
              {"invocations", json::array()},
              {"results", json::array()}};
  if (!Taxonomies.empty())
    Run["taxonomies"] = std::move(Taxonomies);
  for (json &Artifact : sortedArtifacts())
    Run["artifacts"].push_back(std::move(Artifact));
  for (auto &Entry : Invocations)
    Run["invocations"].push_back(std::move(Entry.second));
  for (json &Result : SortedResults)
    Run["results"].push_back(std::move(Result));
  if (HasRegister)
    Run["properties"][RegisterProperty] = Register.rows();
  return {{"$schema", SchemaUri},
          {"version", "2.1.0"},
          {"runs", json::array({std::move(Run)})}};
}

} // namespace

std::optional<std::string> mergeLogs(const std::vector<LogFile> &Inputs,
                                     const std::string &SourceRootIn,
                                     json &Out) {
  if (Inputs.empty())
    return std::string("no SARIF logs to merge");
  for (const LogFile &In : Inputs)
    if (std::optional<std::string> Error = validateLog(In.Log, In.Name))
      return Error;
  try {
    if (std::optional<std::string> Error = checkVersions(Inputs))
      return Error;
    LogMerger Merger(mergedRoot(Inputs, SourceRootIn));
    Merger.uniteDescriptors(Inputs);
    for (const LogFile &In : Inputs)
      if (std::optional<std::string> Error = Merger.add(In))
        return Error;
    Out = Merger.finish();
  } catch (const std::exception &E) {
    return std::string("cannot merge SARIF logs: ") +
           withoutLibraryPrefix(E.what());
  }
  return std::nullopt;
}

std::optional<std::string> loadBaseline(const std::string &Path,
                                        Baseline &Out) {
  LogFile File;
  if (std::optional<std::string> Error = readLogFile(Path, File))
    return "baseline " + *Error;
  Out.Name = Path;
  Out.Keys.clear();
  for (const json &Result : File.Log["runs"][0]["results"])
    Out.Keys.emplace(Result["ruleId"].get<std::string>(),
                     fingerprintOf(Result));
  return std::nullopt;
}

BaselineCounts applyBaseline(json &Log, const Baseline &B) {
  BaselineCounts Counts;
  std::set<std::pair<std::string, std::string>> Present;
  for (json &Result : Log["runs"][0]["results"]) {
    std::pair<std::string, std::string> Key(
        Result["ruleId"].get<std::string>(), fingerprintOf(Result));
    Present.insert(Key);
    bool Known = B.Keys.count(Key) > 0;
    Result["baselineState"] = Known ? "unchanged" : "new";
    ++(Known ? Counts.Unchanged : Counts.New);
  }
  for (const auto &Key : B.Keys)
    Counts.Absent += Present.count(Key) == 0;
  return Counts;
}

bool isSuppressed(const json &Result) {
  auto It = Result.find("suppressions");
  if (It == Result.end() || !It->is_array())
    return false;
  for (const json &S : *It)
    if (S.value("status", std::string()) != "rejected")
      return true;
  return false;
}

} // namespace clang::tidy::privacy::sarif
