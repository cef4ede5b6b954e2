//===--- LogBuilder.cpp - Building privacy-tidy SARIF objects -------------===//

#include "LogBuilder.h"
#include "Register.h"
#include "Waiver.h"
#include "CoverageKeys.h"
#include "support/RunOptions.h"
#include "report/Fingerprint.h"
#include "support/Paths.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#ifndef PRIVACY_TIDY_VERSION
#define PRIVACY_TIDY_VERSION "0.0.0"
#endif
#ifndef PRIVACY_TIDY_INFORMATION_URI
#define PRIVACY_TIDY_INFORMATION_URI "https://github.com/privacy-tidy/privacy-tidy"
#endif
#ifndef PRIVACY_TIDY_DOCS_BASE_URI
#define PRIVACY_TIDY_DOCS_BASE_URI                                             \
  "https://github.com/privacy-tidy/privacy-tidy/blob/main/"
#endif

namespace clang::tidy::privacy::sarif {

const char *toolVersion() { return PRIVACY_TIDY_VERSION; }
const char *toolInformationUri() { return PRIVACY_TIDY_INFORMATION_URI; }
const char *docsBaseUri() { return PRIVACY_TIDY_DOCS_BASE_URI; }

std::vector<std::string> processArguments() {
  std::vector<std::string> Arguments;
  std::string CmdLine;
  if (readWholeFile("/proc/self/cmdline", CmdLine))
    return Arguments; // not Linux: the invocation says less
  size_t Pos = 0;
  while (Pos < CmdLine.size()) {
    size_t End = CmdLine.find('\0', Pos);
    if (End == std::string::npos)
      End = CmdLine.size();
    Arguments.push_back(CmdLine.substr(Pos, End - Pos));
    Pos = End + 1;
  }
  return Arguments;
}

std::string quoteCommandLine(const std::vector<std::string> &Arguments) {
  std::string Line;
  for (const std::string &Arg : Arguments) {
    if (!Line.empty())
      Line += ' ';
    bool Plain = !Arg.empty();
    for (unsigned char C : Arg)
      Plain &= std::isalnum(C) || std::strchr("-_./=:,+@%", C);
    if (Plain) {
      Line += Arg;
      continue;
    }
    Line += '\'';
    for (char C : Arg)
      Line += C == '\'' ? std::string("'\\''") : std::string(1, C);
    Line += '\'';
  }
  return Line;
}

std::string defaultSourceRoot(const std::string &MainFile) {
  std::string Dir = parentDirectory(normalizePath(MainFile));
  if (std::optional<std::string> Top = findGitWorkTree(Dir))
    return *Top;
  return Dir;
}

namespace {

json multiformat(const std::string &Text) { return json{{"text", Text}}; }

std::string withPeriod(std::string Text) {
  while (!Text.empty() && std::isspace(static_cast<unsigned char>(Text.back())))
    Text.pop_back();
  if (!Text.empty() && Text.back() != '.' && Text.back() != '!' &&
      Text.back() != '?')
    Text += '.';
  return Text;
}

json buildRule(const LegalPolicy &P, const RuleDescriptor &R) {
  json Rule = {
      {"id", R.Id},
      {"name", R.Name},
      {"shortDescription", multiformat(withPeriod(R.ShortDescription))},
      {"fullDescription", multiformat(withPeriod(R.FullDescription))},
      {"help", {{"text", R.HelpText}, {"markdown", R.HelpMarkdown}}},
      {"helpUri", std::string(docsBaseUri()) + R.DocsPath},
      {"defaultConfiguration", {{"level", R.DefaultLevel}}},
      {"properties",
       {{"tags", R.Tags},
        {"precision", R.Precision},
        {"security-severity", R.SecuritySeverity},
        {"problem.severity", R.DefaultLevel == "note"
                                 ? "recommendation"
                                 : R.DefaultLevel}}}};
  json Relationships = json::array();
  for (TaxonRef Ref : P.taxaOfRule(R))
    Relationships.push_back(
        {{"target",
          {{"id", P.taxon(Ref).Id},
           {"index", Ref.Index},
           {"toolComponent",
            {{"name", P.Laws[Ref.Law].Name}, {"index", Ref.Law}}}}},
         {"kinds", {"relevant"}}});
  if (!Relationships.empty())
    Rule["relationships"] = std::move(Relationships);
  return Rule;
}

json buildDriver(const LegalPolicy &P) {
  json Rules = json::array();
  for (const RuleDescriptor &R : P.Rules)
    Rules.push_back(buildRule(P, R));
  json Notifications = json::array();
  for (const NotificationDescriptor &N : P.Notifications)
    Notifications.push_back(
        {{"id", N.Id},
         {"name", N.Name},
         {"shortDescription", multiformat(withPeriod(N.ShortDescription))},
         {"fullDescription", multiformat(withPeriod(N.FullDescription))},
         {"help",
          {{"text", withPeriod(N.FullDescription)},
           {"markdown", withPeriod(N.FullDescription)}}},
         {"helpUri", std::string(docsBaseUri()) + "docs/sarif.md#notifications"},
         {"defaultConfiguration", {{"level", N.DefaultLevel}}}});
  json Taxonomies = json::array();
  for (size_t L = 0; L < P.Laws.size(); ++L)
    Taxonomies.push_back({{"name", P.Laws[L].Name}, {"index", L}});
  json Driver = {{"name", ToolName},
                 {"fullName", "privacy-tidy privacy checks for clang-tidy"},
                 {"version", toolVersion()},
                 {"semanticVersion", toolVersion()},
                 {"informationUri", toolInformationUri()},
                 {"rules", std::move(Rules)},
                 {"notifications", std::move(Notifications)}};
  if (!Taxonomies.empty())
    Driver["supportedTaxonomies"] = std::move(Taxonomies);
  return Driver;
}

json buildTaxonomies(const LegalPolicy &P) {
  json Taxonomies = json::array();
  for (const Law &L : P.Laws) {
    json Taxa = json::array();
    for (const Taxon &T : L.Taxa)
      Taxa.push_back({{"id", T.Id},
                      {"name", T.Name},
                      {"shortDescription",
                       multiformat(withPeriod(T.ShortDescription))},
                      {"fullDescription",
                       multiformat(withPeriod(T.FullDescription))},
                      {"helpUri", T.HelpUri},
                      {"properties", {{"citation", T.Citation}}}});
    json Component = {{"name", L.Name},
                      {"informationUri", L.InformationUri},
                      {"isComprehensive", false},
                      {"taxa", std::move(Taxa)},
                      {"properties", {{"lawId", L.Id}}}};
    if (!L.FullName.empty())
      Component["fullName"] = L.FullName;
    if (!L.Organization.empty())
      Component["organization"] = L.Organization;
    if (!L.Language.empty())
      Component["language"] = L.Language;
    Component["shortDescription"] =
        multiformat(withPeriod(L.FullName.empty() ? L.Name : L.FullName));
    Taxonomies.push_back(std::move(Component));
  }
  return Taxonomies;
}

/// Builds physicalLocations for one log: relative URIs against the source
/// root, UTF-16 columns from the source text.
class LocationMaker {
public:
  LocationMaker(std::string Root, SourceCache &Sources)
      : Root(std::move(Root)), Sources(Sources) {}

  std::optional<json> physical(const PlainLocation &Loc,
                               bool WithSnippet = false) {
    if (Loc.File.empty())
      return std::nullopt;
    std::string File = normalizePath(Loc.File);
    json Physical = {{"artifactLocation", artifactLocation(File, Root)}};
    if (Loc.Line > 0) {
      json Region = {{"startLine", Loc.Line}};
      const std::string *Text = Sources.line(File, Loc.Line);
      if (Loc.Column > 0)
        Region["startColumn"] =
            Text ? byteColumnToUtf16(*Text, Loc.Column) : Loc.Column;
      if (WithSnippet && Text)
        Region["snippet"] = {{"text", *Text}};
      Physical["region"] = std::move(Region);
    }
    return Physical;
  }

  json location(const PlainLocation &Loc, bool WithSnippet = false) {
    json Location = json::object();
    if (std::optional<json> P = physical(Loc, WithSnippet))
      Location["physicalLocation"] = std::move(*P);
    return Location;
  }

private:
  std::string Root;
  SourceCache &Sources;
};

std::vector<std::string> threadFlowKinds(const std::string &StepKind) {
  if (StepKind == "call")
    return {"call"};
  if (StepKind == "return")
    return {"return"};
  if (StepKind == "consent")
    return {"branch"};
  return {"taint"};
}

/// The coverage facts of a notice (sarif/CoverageKeys.h) as properties.
void addCoverageProperties(const ToolNotice &N, json &Notification) {
  if (N.Coverage.empty())
    return;
  json Properties = {{CoverageKey, N.Coverage}};
  if (!N.Callee.empty())
    Properties[CalleeKey] = N.Callee;
  if (N.Omitted)
    Properties[OmittedKey] = N.Omitted;
  Notification["properties"] = std::move(Properties);
}

/// A file the analysis used, with its hash: a configuration notification.
json configurationNotification(const ToolNotice &N) {
  return {{"level", "note"},
          {"message", multiformat(withPeriod(N.Message))},
          {"properties",
           {{ConfigurationKey, N.ConfigRole},
            {ConfigurationNameKey, N.ConfigName},
            {ConfigurationHashKey, N.ConfigHash}}}};
}

json invocationFor(const LegalPolicy &P, const std::string &MainFile,
                   const std::vector<Notice> &Notices, const RunInfo &Run,
                   const std::string &Root, LocationMaker &Locations) {
  std::vector<std::string> Arguments =
      Run.Arguments.empty() ? processArguments() : Run.Arguments;
  json Notifications = json::array(), Configuration = json::array();
  bool Failed = false;
  for (const Notice &N : Notices) {
    if (!N.Base.ConfigRole.empty()) {
      Configuration.push_back(configurationNotification(N.Base));
      continue;
    }
    std::string Level = N.Base.Level;
    if (Level != "note" && Level != "warning" && Level != "error")
      Level = "warning";
    Failed |= N.DescriptorId == "translation-unit-failed";
    json Notification = {{"level", Level},
                         {"message", multiformat(withPeriod(N.Base.Message))}};
    if (std::optional<size_t> Index = P.findNotification(N.DescriptorId))
      Notification["descriptor"] = {{"id", N.DescriptorId},
                                    {"index", *Index}};
    if (std::optional<json> Physical = Locations.physical(N.Base.Loc))
      Notification["locations"] = {{{"physicalLocation", *Physical}}};
    addCoverageProperties(N.Base, Notification);
    Notifications.push_back(std::move(Notification));
  }
  std::string Now = currentTimeUtc();
  json Invocation = {
      {"arguments", Arguments},
      {"commandLine", quoteCommandLine(Arguments)},
      {"startTimeUtc", Run.StartTimeUtc.empty() ? Now : Run.StartTimeUtc},
      {"endTimeUtc", Run.EndTimeUtc.empty() ? Now : Run.EndTimeUtc},
      {"executionSuccessful", Run.ExecutionSuccessful && !Failed},
      {"workingDirectory",
       {{"uri", fileUri(Run.WorkingDirectory.empty()
                            ? currentDirectory()
                            : normalizePath(Run.WorkingDirectory),
                        /*IsDirectory=*/true)}}},
      {"toolExecutionNotifications", std::move(Notifications)},
      {"toolConfigurationNotifications", std::move(Configuration)},
      {"properties",
       {{"translationUnit", artifactLocation(MainFile, Root)}}}};
  if (Run.ModelCoverage)
    Invocation["properties"][ModelCoverageProperty] = {
        {"entries", Run.ModelCoverage->Entries},
        {"matched", Run.ModelCoverage->Matched},
        {"overridden", Run.ModelCoverage->Overridden}};
  return Invocation;
}

} // namespace

json artifactLocation(const std::string &File, const std::string &SourceRoot) {
  std::string Path = normalizePath(File);
  if (std::optional<std::string> Relative = relativePath(Path, SourceRoot))
    return {{"uri", encodeUriPath(*Relative)}, {"uriBaseId", SourceRootId}};
  return {{"uri", fileUri(Path)}};
}

json buildEmptyLog(const LegalPolicy &P, const std::string &SourceRoot) {
  json Run = {
      {"tool", {{"driver", buildDriver(P)}}},
      {"originalUriBaseIds",
       {{SourceRootId,
         {{"uri", fileUri(SourceRoot, /*IsDirectory=*/true)},
          {"description",
           multiformat("The root of the analysed source tree.")}}}}},
      {"columnKind", "utf16CodeUnits"},
      {"artifacts", json::array()},
      {"invocations", json::array()},
      {"results", json::array()}};
  json Taxonomies = buildTaxonomies(P);
  if (!Taxonomies.empty())
    Run["taxonomies"] = std::move(Taxonomies);
  return {{"$schema", SchemaUri},
          {"version", "2.1.0"},
          {"runs", json::array({std::move(Run)})}};
}

namespace {

/// The index of the rule for \p Check; a check rules.json does not describe
/// gets a minimal descriptor rather than losing its findings, and a notice.
size_t ruleIndexFor(const LegalPolicy &P, const std::string &Check,
                    json &Rules, std::vector<Notice> &Notices) {
  if (std::optional<size_t> Index = P.findRule(Check))
    return *Index;
  for (size_t I = 0; I < Rules.size(); ++I)
    if (Rules[I]["id"] == Check)
      return I;
  std::string Text = "Findings of the check " + Check +
                     ", which this build's rules.json does not describe.";
  Rules.push_back(
      {{"id", Check},
       {"shortDescription", multiformat(Text)},
       {"fullDescription", multiformat(Text)},
       {"help", {{"text", Text}, {"markdown", Text}}},
       {"helpUri", std::string(docsBaseUri()) + "docs/checks/" + Check + ".md"},
       {"defaultConfiguration", {{"level", "warning"}}},
       {"properties", {{"tags", {"security", "privacy"}}}}});
  Notices.push_back(
      {{"warning", {}, "rules.json has no entry for the check '" + Check + "'"},
       "policy-mismatch"});
  return Rules.size() - 1;
}

/// The result's taxa references; an id law.json does not define is
/// reported, never emitted as a dangling reference.
json taxaFor(const LegalPolicy &P, const FindingRecord &F,
             std::vector<Notice> &Notices) {
  json Taxa = json::array();
  for (const std::string &Id : F.Taxa) {
    std::optional<TaxonRef> Ref = P.findTaxon(Id);
    if (!Ref) {
      Notices.push_back({{"warning", F.Loc,
                          "finding of " + F.CheckName + " names the taxon '" +
                              Id + "', which law.json does not define"},
                         "policy-mismatch"});
      continue;
    }
    Taxa.push_back({{"id", Id},
                    {"index", Ref->Index},
                    {"toolComponent",
                     {{"name", P.Laws[Ref->Law].Name}, {"index", Ref->Law}}}});
  }
  return Taxa;
}

json codeFlowFor(const FindingRecord &F, LocationMaker &Locations) {
  json Steps = json::array();
  int Nesting = 0;
  for (const PathStep &S : F.Flow) {
    if (S.Kind == "return" && Nesting > 0)
      --Nesting;
    json Location = Locations.location(S.Loc);
    Location["message"] =
        multiformat(withPeriod(S.Message.empty() ? S.Kind : S.Message));
    Steps.push_back(
        {{"location", std::move(Location)},
         {"kinds", threadFlowKinds(S.Kind)},
         {"nestingLevel", Nesting},
         {"importance", S.Kind == "source" || S.Kind == "sink" ? "essential"
                                                                : "important"},
         {"properties", {{"step", S.Kind}}}});
    if (S.Kind == "call")
      ++Nesting;
  }
  std::string Name = F.DataName.empty() ? "the data" : "'" + F.DataName + "'";
  return json::array(
      {{{"message", multiformat("Path of " + Name + " from its source to the " +
                                F.Action + " sink.")},
        {"threadFlows", json::array({{{"locations", std::move(Steps)}}})}}});
}

/// A structured justification's fields as suppression properties; the
/// justification becomes the reason alone when there is one.
void addWaiverFields(const std::string &Justification, json &Suppression) {
  std::optional<WaiverFields> W = parseWaiver(Justification);
  if (!W)
    return;
  json &Properties = Suppression["properties"];
  if (W->Reference)
    Properties["reference"] = *W->Reference;
  if (W->ApprovedBy)
    Properties["approvedBy"] = *W->ApprovedBy;
  if (W->Expires)
    Properties["expires"] = *W->Expires;
  if (!W->UnknownKeys.empty())
    Properties["unknownFields"] = W->UnknownKeys;
  if (!W->Reason.empty())
    Suppression["justification"] = W->Reason;
}

json suppressionsFor(const FindingRecord &F, const std::string &File,
                     SourceCache &Sources, LocationMaker &Locations) {
  json Suppressions = json::array();
  if (F.Loc.File.empty())
    return Suppressions;
  std::optional<InSourceSuppression> S =
      findSuppression(Sources, File, F.Loc.Line, F.CheckName);
  if (!S)
    return Suppressions;
  json Suppression = {
      {"kind", "inSource"},
      {"location", Locations.location({File, S->Line, S->Column})},
      {"properties", {{"directive", S->Directive}}}};
  if (!S->Justification.empty())
    Suppression["justification"] = S->Justification;
  addWaiverFields(S->Justification, Suppression);
  if (!S->Checks.empty())
    Suppression["properties"]["checks"] = S->Checks;
  Suppressions.push_back(std::move(Suppression));
  return Suppressions;
}

struct BuiltResult {
  json Result;
  std::string Uri;
  unsigned Line, Column;
  std::string RuleId, Hash;
};

/// One result. The message and taxa are the front end's (report/Messages.h
/// wrote them); the writer adds what SARIF needs around them.
BuiltResult buildResult(const LegalPolicy &P, const FindingRecord &F,
                        json &Rules, std::vector<Notice> &Notices,
                        SourceCache &Sources, LocationMaker &Locations) {
  size_t RuleIndex = ruleIndexFor(P, F.CheckName, Rules, Notices);
  const json &Rule = Rules[RuleIndex];
  std::string Level = Rule.contains("defaultConfiguration")
                          ? Rule["defaultConfiguration"]["level"]
                                .get<std::string>()
                          : std::string("warning");
  json Result = {
      {"ruleId", F.CheckName},
      {"ruleIndex", RuleIndex},
      {"level", Level},
      {"message", multiformat(withPeriod(F.Message))},
      {"locations", json::array({Locations.location(F.Loc, true)})},
      {"properties",
       {{"category", F.Category},
        {"action", F.Action},
        {"purpose", F.Purpose.empty() ? json(nullptr) : json(F.Purpose)},
        {"pseudonymised", F.Pseudonymised},
        {"dataName", F.DataName}}}};
  json Taxa = taxaFor(P, F, Notices);
  if (!Taxa.empty())
    Result["taxa"] = std::move(Taxa);
  if (!F.Flow.empty())
    Result["codeFlows"] = codeFlowFor(F, Locations);
  if (!F.Related.empty()) {
    json Related = json::array();
    for (size_t I = 0; I < F.Related.size(); ++I) {
      json L = Locations.location(F.Related[I].Loc);
      L["id"] = I + 1;
      L["message"] = multiformat(withPeriod(F.Related[I].Message));
      Related.push_back(std::move(L));
    }
    Result["relatedLocations"] = std::move(Related);
  }
  std::string File = normalizePath(F.Loc.File);
  Result["suppressions"] = suppressionsFor(F, File, Sources, Locations);

  // The fingerprint ignores line numbers and directories (report/
  // Fingerprint.h). Without a key from the front end, the sink's text
  // stands in.
  std::string Key = F.FingerprintKey;
  if (Key.empty()) {
    const std::string *Text = Sources.line(File, F.Loc.Line);
    Key = lineFingerprintKey(F.Category, F.Action, F.DataName,
                             Text ? *Text : std::string());
  }
  const json &Loc0 = Result["locations"][0];
  std::string Uri = Loc0.contains("physicalLocation")
                        ? Loc0["physicalLocation"]["artifactLocation"]["uri"]
                              .get<std::string>()
                        : std::string();
  return {std::move(Result), Uri, F.Loc.Line, F.Loc.Column, F.CheckName,
          fingerprintHash(F.CheckName, File, Key)};
}

/// Deterministic order, then occurrence numbers for equal hashes so two
/// identical findings in one file stay distinct.
void addResults(std::vector<BuiltResult> Results, json &Out) {
  std::stable_sort(Results.begin(), Results.end(),
                   [](const BuiltResult &A, const BuiltResult &B) {
                     return std::tie(A.Uri, A.Line, A.Column, A.RuleId) <
                            std::tie(B.Uri, B.Line, B.Column, B.RuleId);
                   });
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Seen;
  for (BuiltResult &B : Results) {
    unsigned N = ++Seen[{B.Uri, B.RuleId, B.Hash}];
    B.Result["partialFingerprints"] = {
        {FingerprintId, B.Hash + ":" + std::to_string(N)}};
    Out.push_back(std::move(B.Result));
  }
}

} // namespace

std::optional<std::string>
buildTranslationUnitLog(const LegalPolicy &P, const std::string &MainFileIn,
                        const std::vector<FindingRecord> &Findings,
                        const std::vector<Notice> &NoticesIn,
                        const RunInfo &Run, SourceCache &Sources, json &Out,
                        const std::vector<ProcessingRecord> *Processing) {
  std::string MainFile = normalizePath(MainFileIn);
  std::string Root = Run.SourceRoot.empty() ? defaultSourceRoot(MainFile)
                                            : normalizePath(Run.SourceRoot);
  Out = buildEmptyLog(P, Root);
  json &SarifRun = Out["runs"][0];
  json &Rules = SarifRun["tool"]["driver"]["rules"];
  LocationMaker Locations(Root, Sources);
  std::vector<Notice> Notices = NoticesIn;
  std::vector<BuiltResult> Results;
  for (const FindingRecord &F : Findings)
    Results.push_back(buildResult(P, F, Rules, Notices, Sources, Locations));
  addResults(std::move(Results), SarifRun["results"]);
  SarifRun["artifacts"].push_back(
      {{"location", artifactLocation(MainFile, Root)},
       {"roles", {"analysisTarget"}}});
  SarifRun["invocations"].push_back(
      invocationFor(P, MainFile, Notices, Run, Root, Locations));
  if (Processing) {
    ProcessingRegister Register;
    for (const ProcessingRecord &R : *Processing)
      Register.add(R, Root);
    SarifRun["properties"][RegisterProperty] = Register.rows();
  }
  return std::nullopt;
}

std::string serializeLog(const json &Log) {
  return Log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace clang::tidy::privacy::sarif
