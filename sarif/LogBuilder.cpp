//===--- LogBuilder.cpp - Building privacy-tidy SARIF objects -------------===//

#include "LogBuilder.h"
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

std::string lower(std::string S) {
  for (char &C : S)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return S;
}

bool mentions(const std::string &Text, const std::string &Word) {
  return !Word.empty() && lower(Text).find(lower(Word)) != std::string::npos;
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

std::string composeMessage(const LegalPolicy &P, const FindingRecord &F,
                           const std::vector<std::string> &Taxa) {
  const CategoryRule *C = P.findCategory(F.Category);
  std::string Label = C ? C->Label : F.Category;
  std::string Text = F.Message;
  if (Text.empty())
    Text = F.Action.empty()
               ? "Finding of " + F.CheckName
               : (F.DataName.empty() ? "Data" : "'" + F.DataName + "'") +
                     " (" + Label + ") reaches a " + F.Action + " sink";
  std::vector<std::string> Missing;
  // Findings without a data category (privacy-annotations) have neither.
  if (!F.Category.empty() && !mentions(Text, Label) &&
      !mentions(Text, F.Category))
    Missing.push_back("category: " + Label);
  // "retain-period" is said as "retained for 400 days".
  if (!F.Action.empty() && !mentions(Text, F.Action.substr(0, F.Action.find('-'))))
    Missing.push_back("action: " + F.Action);
  if (!Taxa.empty()) {
    if (std::optional<TaxonRef> Ref = P.findTaxon(Taxa.front())) {
      const Taxon &T = P.taxon(*Ref);
      if (!mentions(Text, T.Name) && !mentions(Text, T.Citation))
        Missing.push_back(T.Citation);
    }
  }
  if (!Missing.empty()) {
    while (!Text.empty() && (Text.back() == '.' || Text.back() == ' '))
      Text.pop_back();
    Text += " (";
    for (size_t I = 0; I < Missing.size(); ++I)
      Text += (I ? "; " : "") + Missing[I];
    Text += ")";
  }
  return withPeriod(Text);
}

json invocationFor(const LegalPolicy &P, const std::string &MainFile,
                   const std::vector<Notice> &Notices, const RunInfo &Run,
                   const std::string &Root, LocationMaker &Locations) {
  std::vector<std::string> Arguments = Run.Arguments;
  if (Arguments.empty()) {
    std::string CmdLine;
    if (!readWholeFile("/proc/self/cmdline", CmdLine)) {
      size_t Pos = 0;
      while (Pos < CmdLine.size()) {
        size_t End = CmdLine.find('\0', Pos);
        if (End == std::string::npos)
          End = CmdLine.size();
        Arguments.push_back(CmdLine.substr(Pos, End - Pos));
        Pos = End + 1;
      }
    }
  }
  json Notifications = json::array();
  bool Failed = false;
  for (const Notice &N : Notices) {
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
      {"properties",
       {{"translationUnit", artifactLocation(MainFile, Root)}}}};
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

std::optional<std::string>
buildTranslationUnitLog(const LegalPolicy &P, const std::string &MainFileIn,
                        const std::vector<FindingRecord> &Findings,
                        const std::vector<Notice> &NoticesIn,
                        const RunInfo &Run, SourceCache &Sources, json &Out) {
  std::string MainFile = normalizePath(MainFileIn);
  std::string Root = Run.SourceRoot.empty() ? defaultSourceRoot(MainFile)
                                            : normalizePath(Run.SourceRoot);
  Out = buildEmptyLog(P, Root);
  json &SarifRun = Out["runs"][0];
  json &Rules = SarifRun["tool"]["driver"]["rules"];
  LocationMaker Locations(Root, Sources);
  std::vector<Notice> Notices = NoticesIn;

  struct Built {
    json Result;
    std::string Uri;
    unsigned Line, Column;
    std::string RuleId, Hash;
  };
  std::vector<Built> Results;
  for (const FindingRecord &F : Findings) {
    std::optional<size_t> RuleIndex = P.findRule(F.CheckName);
    if (!RuleIndex) {
      // A check rules.json does not describe yet: keep the finding under a
      // minimal descriptor rather than lose it, and say so.
      for (size_t I = 0; I < Rules.size(); ++I)
        if (Rules[I]["id"] == F.CheckName)
          RuleIndex = I;
      if (!RuleIndex) {
        RuleIndex = Rules.size();
        std::string Text = "Findings of the check " + F.CheckName +
                           ", which this build's rules.json does not "
                           "describe.";
        Rules.push_back(
            {{"id", F.CheckName},
             {"shortDescription", multiformat(Text)},
             {"fullDescription", multiformat(Text)},
             {"help", {{"text", Text}, {"markdown", Text}}},
             {"helpUri", std::string(docsBaseUri()) + "docs/checks/" +
                             F.CheckName + ".md"},
             {"defaultConfiguration", {{"level", "warning"}}},
             {"properties", {{"tags", {"security", "privacy"}}}}});
        Notices.push_back({{"warning", {},
                            "rules.json has no entry for the check '" +
                                F.CheckName + "'"},
                           "policy-mismatch"});
      }
    }
    json RuleJson = Rules[*RuleIndex];
    std::string Level = RuleJson.contains("defaultConfiguration")
                            ? RuleJson["defaultConfiguration"]["level"]
                                  .get<std::string>()
                            : std::string("warning");

    // Taxa: what the front end computed, else what law.json says; unknown
    // ids are reported, not silently emitted as dangling references.
    std::vector<std::string> TaxaIds = F.Taxa;
    if (TaxaIds.empty())
      TaxaIds = P.taxaOfFinding(F.Category, F.Action, F.Pseudonymised);
    else if (F.Pseudonymised)
      for (const std::string &Id : P.PseudonymisedTaxa)
        if (std::find(TaxaIds.begin(), TaxaIds.end(), Id) == TaxaIds.end())
          TaxaIds.push_back(Id);
    json Taxa = json::array();
    std::vector<std::string> KnownTaxa;
    for (const std::string &Id : TaxaIds) {
      std::optional<TaxonRef> Ref = P.findTaxon(Id);
      if (!Ref) {
        Notices.push_back({{"warning", F.Loc,
                            "finding of " + F.CheckName +
                                " names the taxon '" + Id +
                                "', which law.json does not define"},
                           "policy-mismatch"});
        continue;
      }
      KnownTaxa.push_back(Id);
      Taxa.push_back({{"id", Id},
                      {"index", Ref->Index},
                      {"toolComponent",
                       {{"name", P.Laws[Ref->Law].Name},
                        {"index", Ref->Law}}}});
    }

    json Result = {
        {"ruleId", F.CheckName},
        {"ruleIndex", *RuleIndex},
        {"level", Level},
        {"message", multiformat(composeMessage(P, F, KnownTaxa))},
        {"locations", json::array({Locations.location(F.Loc, true)})},
        {"properties",
         {{"category", F.Category},
          {"action", F.Action},
          {"purpose", F.Purpose.empty() ? json(nullptr) : json(F.Purpose)},
          {"pseudonymised", F.Pseudonymised},
          {"dataName", F.DataName}}}};
    if (!Taxa.empty())
      Result["taxa"] = std::move(Taxa);

    if (!F.Flow.empty()) {
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
             {"importance",
              S.Kind == "source" || S.Kind == "sink" ? "essential"
                                                     : "important"},
             {"properties", {{"step", S.Kind}}}});
        if (S.Kind == "call")
          ++Nesting;
      }
      std::string Name = F.DataName.empty() ? "the data" : "'" + F.DataName + "'";
      Result["codeFlows"] = json::array(
          {{{"message",
             multiformat("Path of " + Name + " from its source to the " +
                         F.Action + " sink.")},
            {"threadFlows", json::array({{{"locations", std::move(Steps)}}})}}});
    }

    json Suppressions = json::array();
    std::string File = normalizePath(F.Loc.File);
    if (!F.Loc.File.empty()) {
      if (std::optional<InSourceSuppression> S =
              findSuppression(Sources, File, F.Loc.Line, F.CheckName)) {
        json Suppression = {
            {"kind", "inSource"},
            {"location", Locations.location({File, S->Line, S->Column})},
            {"properties", {{"directive", S->Directive}}}};
        if (!S->Justification.empty())
          Suppression["justification"] = S->Justification;
        if (!S->Checks.empty())
          Suppression["properties"]["checks"] = S->Checks;
        Suppressions.push_back(std::move(Suppression));
      }
    }
    Result["suppressions"] = std::move(Suppressions);

    // The fingerprint ignores line numbers and directories: the finding
    // keeps its identity when code above it moves or the tree is checked out
    // elsewhere. Without a key from the engine, the sink's text stands in.
    std::string Key = F.FingerprintKey;
    if (Key.empty()) {
      const std::string *Text = Sources.line(File, F.Loc.Line);
      Key = lineFingerprintKey(F.Category, F.Action, F.DataName,
                               Text ? *Text : std::string());
    }
    std::string Hash = fingerprintHash(F.CheckName, File, Key);
    const json &Loc0 = Result["locations"][0];
    std::string Uri = Loc0.contains("physicalLocation")
                          ? Loc0["physicalLocation"]["artifactLocation"]["uri"]
                                .get<std::string>()
                          : std::string();
    Results.push_back(
        {std::move(Result), Uri, F.Loc.Line, F.Loc.Column, F.CheckName, Hash});
  }

  // Deterministic order, then occurrence numbers for equal hashes so two
  // identical findings in one file stay distinct.
  std::stable_sort(Results.begin(), Results.end(),
                   [](const Built &A, const Built &B) {
                     return std::tie(A.Uri, A.Line, A.Column, A.RuleId) <
                            std::tie(B.Uri, B.Line, B.Column, B.RuleId);
                   });
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Seen;
  json &ResultsJson = SarifRun["results"];
  for (Built &B : Results) {
    unsigned N = ++Seen[{B.Uri, B.RuleId, B.Hash}];
    B.Result["partialFingerprints"] = {
        {FingerprintId, B.Hash + ":" + std::to_string(N)}};
    ResultsJson.push_back(std::move(B.Result));
  }

  SarifRun["artifacts"].push_back(
      {{"location", artifactLocation(MainFile, Root)},
       {"roles", {"analysisTarget"}}});
  SarifRun["invocations"].push_back(
      invocationFor(P, MainFile, Notices, Run, Root, Locations));
  return std::nullopt;
}

std::string serializeLog(const json &Log) {
  return Log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace clang::tidy::privacy::sarif
