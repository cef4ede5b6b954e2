//===--- ReportModel.cpp - What the HTML report shows, read from SARIF ----===//

#include "ReportModel.h"

#include "sarif/CoverageKeys.h"
#include "sarif/JsonRead.h"
#include "sarif/Merge.h"
#include "sarif/SourceText.h"
#include "support/Paths.h"

#include <map>
#include <set>
#include <tuple>

namespace clang::tidy::privacy::tool {

using sarif::json;

std::string CodePlace::text() const {
  std::string T = File.empty() ? std::string("(no location)") : File;
  if (Line > 0)
    T += ":" + std::to_string(Line);
  if (Column > 0)
    T += ":" + std::to_string(Column);
  return T;
}

namespace {

using namespace sarif::read;

/// Resolves artifact locations against the source root and reads lines.
class PlaceReader {
public:
  explicit PlaceReader(std::string Root) : Root(std::move(Root)) {}

  CodePlace place(const json &Location) {
    CodePlace P;
    const json &Physical = object(Location, "physicalLocation");
    const json &Artifact = object(Physical, "artifactLocation");
    std::string Uri = text(Artifact, "uri");
    if (Uri.empty())
      return P;
    std::string Path;
    if (text(Artifact, "uriBaseId") == sarif::SourceRootId) {
      P.File = decodeUriPath(Uri).value_or(Uri);
      if (!Root.empty())
        Path = normalizePath(P.File, Root);
    } else {
      Path = filePathFromUri(Uri).value_or("");
      P.File = Path.empty() ? Uri : Path;
    }
    const json &Region = object(Physical, "region");
    P.Line = number(Region, "startLine");
    P.Column = number(Region, "startColumn");
    if (!Path.empty() && P.Line > 0)
      if (const std::string *Line = Sources.line(Path, P.Line))
        P.Source = *Line;
    return P;
  }

private:
  std::string Root;
  sarif::SourceCache Sources;
};

std::string sourceRootOf(const json &Run) {
  const json &Base =
      object(object(Run, "originalUriBaseIds"), sarif::SourceRootId);
  return filePathFromUri(text(Base, "uri")).value_or("");
}

std::vector<WaiverView> waiversOf(const json &Result) {
  std::vector<WaiverView> Out;
  for (const json &S : array(Result, "suppressions")) {
    const json &Props = object(S, "properties");
    Out.push_back({text(S, "kind"), text(S, "status"),
                   text(S, "justification"), text(Props, "approvedBy"),
                   text(Props, "expires"), text(Props, "reference"),
                   text(Props, "rejectedBecause")});
  }
  return Out;
}

std::vector<PathStepView> pathOf(const json &Result, PlaceReader &Places) {
  std::vector<PathStepView> Steps;
  const json &Flows = array(Result, "codeFlows");
  if (Flows.empty())
    return Steps;
  const json &Threads = array(Flows[0], "threadFlows");
  if (Threads.empty())
    return Steps;
  for (const json &Step : array(Threads[0], "locations")) {
    const json &Location = object(Step, "location");
    Steps.push_back({Places.place(Location),
                     text(object(Step, "properties"), "step"),
                     messageText(Location)});
  }
  return Steps;
}

FindingView findingOf(const json &Result, size_t Index, PlaceReader &Places) {
  FindingView F;
  F.Id = "F" + std::to_string(Index + 1);
  F.RuleId = text(Result, "ruleId");
  F.Level = text(Result, "level");
  F.Message = messageText(Result);
  const json &Props = object(Result, "properties");
  F.Category = text(Props, "category");
  F.Action = text(Props, "action");
  F.Purpose = text(Props, "purpose");
  F.DataName = text(Props, "dataName");
  const json *Pseudo = member(Props, "pseudonymised");
  F.Pseudonymised = Pseudo && Pseudo->is_boolean() && Pseudo->get<bool>();
  const json &Locations = array(Result, "locations");
  if (!Locations.empty())
    F.Where = Places.place(Locations[0]);
  for (const json &T : array(Result, "taxa"))
    if (!text(T, "id").empty())
      F.Taxa.push_back(text(T, "id"));
  F.Path = pathOf(Result, Places);
  F.Suppressed = sarif::isSuppressed(Result);
  F.Waivers = waiversOf(Result);
  F.BaselineState = text(Result, "baselineState");
  return F;
}

/// The laws and articles of the log's taxonomies, each finding filed under
/// its first known taxon and listed under the others.
void fileUnderArticles(const json &Run, ReportModel &M) {
  std::map<std::string, std::pair<size_t, size_t>> Where;
  for (const json &Taxonomy : array(Run, "taxonomies")) {
    LawView L{text(Taxonomy, "name"), text(Taxonomy, "fullName"), {}};
    for (const json &Taxon : array(Taxonomy, "taxa")) {
      Where.emplace(text(Taxon, "id"),
                    std::make_pair(M.Laws.size(), L.Articles.size()));
      L.Articles.push_back({text(Taxon, "id"), text(Taxon, "name"),
                            text(object(Taxon, "properties"), "citation"),
                            text(object(Taxon, "shortDescription"), "text"),
                            text(Taxon, "helpUri"),
                            {},
                            {}});
    }
    M.Laws.push_back(std::move(L));
  }
  for (size_t I = 0; I < M.Findings.size(); ++I) {
    bool Filed = false;
    std::set<std::string> Seen;
    for (const std::string &Id : M.Findings[I].Taxa) {
      auto It = Where.find(Id);
      if (It == Where.end() || !Seen.insert(Id).second)
        continue;
      ArticleView &A = M.Laws[It->second.first].Articles[It->second.second];
      (Filed ? A.Also : A.Primary).push_back(I);
      Filed = true;
    }
    if (!Filed)
      M.WithoutArticle.push_back(I);
  }
}

/// A note's place and text, de-duplicated across translation units (a
/// header's function is analysed in each TU that includes it).
void addNote(std::vector<CoverageNote> &Notes,
             std::set<std::string> &Seen, CoverageNote N) {
  std::string Key = N.Where.text() + "\n" + N.Message;
  if (Seen.insert(Key).second)
    Notes.push_back(std::move(N));
}

void readNotification(const json &N, PlaceReader &Places, CoverageView &C,
                      std::set<std::string> &Seen) {
  const json &Locations = array(N, "locations");
  CoverageNote Note{Locations.empty() ? CodePlace()
                                      : Places.place(Locations[0]),
                    messageText(N)};
  const json &Props = object(N, "properties");
  std::string Kind = text(Props, sarif::CoverageKey);
  if (text(object(N, "descriptor"), "id") == "translation-unit-failed")
    addNote(C.FailedUnits, Seen, std::move(Note));
  else if (Kind == sarif::CoverageBudget)
    addNote(C.Budget, Seen, std::move(Note));
  else if (Kind == sarif::CoverageSummaryBound ||
           Kind == sarif::CoveragePrunedBranch)
    addNote(C.OtherBounds, Seen, std::move(Note));
  else if (Kind == sarif::CoverageUnknownCall) {
    long Omitted = number(Props, sarif::OmittedKey);
    if (Omitted > 0) {
      C.UnknownCallCount += Omitted;
      return;
    }
    size_t Before = C.UnknownCalls.size();
    addNote(C.UnknownCalls, Seen, std::move(Note));
    C.UnknownCallCount += C.UnknownCalls.size() - Before;
  } else
    addNote(C.OtherNotices, Seen, std::move(Note));
}

void readConfiguration(const json &N, CoverageView &C,
                       std::set<std::string> &Seen) {
  const json &Props = object(N, "properties");
  ConfigFile F{text(Props, sarif::ConfigurationNameKey),
               text(Props, sarif::ConfigurationHashKey),
               text(Props, sarif::ConfigurationKey)};
  if (F.Role.empty())
    return;
  if (Seen.insert(F.Role + "\n" + F.Name + "\n" + F.Hash).second)
    C.Configuration.push_back(std::move(F));
}

void readInvocation(const json &Inv, PlaceReader &Places, CoverageView &C,
                    std::set<std::string> &Seen,
                    std::set<std::string> &Units) {
  const json &Props = object(Inv, "properties");
  const json *Driver = member(Props, sarif::DriverKey);
  if (Driver && Driver->is_boolean() && Driver->get<bool>())
    C.CommandLines.push_back(text(Inv, "commandLine"));
  else if (const json *Unit = member(Props, "translationUnit"))
    Units.insert(text(*Unit, "uri"));
  std::string Start = text(Inv, "startTimeUtc");
  std::string End = text(Inv, "endTimeUtc");
  if (!Start.empty() && (C.StartTime.empty() || Start < C.StartTime))
    C.StartTime = Start;
  if (End > C.EndTime)
    C.EndTime = End;
  for (const json &N : array(Inv, "toolExecutionNotifications"))
    readNotification(N, Places, C, Seen);
  for (const json &N : array(Inv, "toolConfigurationNotifications"))
    readConfiguration(N, C, Seen);
}

CoverageView coverageOf(const json &Run, const ReportModel &M,
                        PlaceReader &Places) {
  CoverageView C;
  const json &Driver = object(object(Run, "tool"), "driver");
  C.ToolName = text(Driver, "name");
  C.ToolVersion = text(Driver, "version");
  std::set<std::string> Seen, Units;
  for (const json &Inv : array(Run, "invocations"))
    readInvocation(Inv, Places, C, Seen, Units);
  C.Units = Units.size();
  for (const FindingView &F : M.Findings)
    C.Unannotated += F.RuleId == "privacy-unannotated-data" && !F.Suppressed;
  return C;
}

} // namespace

ReportModel buildReportModel(const json &Log, const std::string &SourceRoot) {
  ReportModel M;
  const json &Runs = array(Log, "runs");
  if (Runs.empty())
    return M;
  const json &Run = Runs[0];
  PlaceReader Places(SourceRoot.empty() ? sourceRootOf(Run)
                                        : normalizePath(SourceRoot));
  const json &Results = array(Run, "results");
  for (size_t I = 0; I < Results.size(); ++I) {
    M.Findings.push_back(findingOf(Results[I], I, Places));
    M.HasBaseline |= !M.Findings.back().BaselineState.empty();
  }
  fileUnderArticles(Run, M);
  M.Coverage = coverageOf(Run, M, Places);
  if (const json *Register =
          member(object(Run, "properties"), sarif::RegisterKey))
    M.Register = *Register;
  return M;
}

} // namespace clang::tidy::privacy::tool
