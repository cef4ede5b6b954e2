//===--- LspFindings.cpp - Findings of one file for an editor -------------===//

#include "LspFindings.h"

#include "sarif/JsonRead.h"
#include "support/Paths.h"

namespace clang::tidy::privacy::tool {

using nlohmann::json;

namespace {

using namespace sarif::read;

/// A SARIF line or column (1-based), or 0.
unsigned numberAt(const json &Object, const char *Key) {
  long N = number(Object, Key);
  return N > 0 ? static_cast<unsigned>(N) : 0;
}

/// The absolute file URI of a SARIF artifactLocation: a relative "uri"
/// resolved against the run's originalUriBaseIds.
std::string absoluteUri(const json &Run, const json &Artifact) {
  std::string Uri = text(Artifact, "uri");
  std::string Base = text(Artifact, "uriBaseId");
  if (Base.empty())
    return Uri;
  const json *Bases = member(Run, "originalUriBaseIds");
  const json *Entry = Bases ? member(*Bases, Base.c_str()) : nullptr;
  return Entry ? text(*Entry, "uri") + Uri : Uri;
}

/// The URI and position of a SARIF location; false without a file.
bool readLocation(const json &Run, const json &Location, std::string &Uri,
                  LspPosition &At) {
  const json *Physical = member(Location, "physicalLocation");
  const json *Artifact = Physical ? member(*Physical, "artifactLocation")
                                  : nullptr;
  if (!Artifact)
    return false;
  Uri = absoluteUri(Run, *Artifact);
  const json *Region = member(*Physical, "region");
  // SARIF counts from 1 in UTF-16 code units (the plugin's columnKind).
  unsigned Line = Region ? numberAt(*Region, "startLine") : 0;
  unsigned Column = Region ? numberAt(*Region, "startColumn") : 0;
  At = {Line ? Line - 1 : 0, Column ? Column - 1 : 0};
  return true;
}

/// The steps of the result's first thread flow.
std::vector<LspStep> pathOf(const json &Run, const json &Result) {
  std::vector<LspStep> Path;
  const json *Flows = member(Result, "codeFlows");
  if (!Flows || !Flows->is_array() || Flows->empty())
    return Path;
  const json *Threads = member((*Flows)[0], "threadFlows");
  if (!Threads || !Threads->is_array() || Threads->empty())
    return Path;
  const json *Steps = member((*Threads)[0], "locations");
  if (!Steps || !Steps->is_array())
    return Path;
  for (const json &Step : *Steps) {
    const json *Location = member(Step, "location");
    LspStep S;
    if (Location && readLocation(Run, *Location, S.Uri, S.At)) {
      S.Message = messageText(*Location);
      Path.push_back(std::move(S));
    }
  }
  return Path;
}

std::string helpUriOf(const json &Run, const json &Result) {
  const json *Tool = member(Run, "tool");
  const json *Driver = Tool ? member(*Tool, "driver") : nullptr;
  const json *Rules = Driver ? member(*Driver, "rules") : nullptr;
  const json *Index = member(Result, "ruleIndex");
  if (!Rules || !Rules->is_array() || !Index || !Index->is_number_unsigned() ||
      Index->get<size_t>() >= Rules->size())
    return "";
  return text((*Rules)[Index->get<size_t>()], "helpUri");
}

bool suppressed(const json &Result) {
  const json *S = member(Result, "suppressions");
  return S && S->is_array() && !S->empty();
}

} // namespace

std::vector<LspFinding> findingsInFile(const json &Log,
                                       const std::string &File) {
  std::vector<LspFinding> Out;
  const json *Runs = member(Log, "runs");
  if (!Runs || !Runs->is_array())
    return Out;
  std::string Wanted = fileUri(File);
  for (const json &Run : *Runs) {
    const json *Results = member(Run, "results");
    if (!Results || !Results->is_array())
      continue;
    for (const json &Result : *Results) {
      const json *Locations = member(Result, "locations");
      std::string Uri;
      LspFinding F;
      if (suppressed(Result) || !Locations || !Locations->is_array() ||
          Locations->empty() ||
          !readLocation(Run, (*Locations)[0], Uri, F.At) || Uri != Wanted)
        continue;
      F.Check = text(Result, "ruleId");
      F.Level = text(Result, "level");
      F.Message = messageText(Result);
      F.HelpUri = helpUriOf(Run, Result);
      F.Path = pathOf(Run, Result);
      Out.push_back(std::move(F));
    }
  }
  return Out;
}

namespace {

llvm::json::Value position(const LspPosition &P) {
  return llvm::json::Object{{"line", P.Line}, {"character", P.Character}};
}

llvm::json::Value range(const LspPosition &Start, const LspPosition &End) {
  return llvm::json::Object{{"start", position(Start)}, {"end", position(End)}};
}

/// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information.
int severityOf(const std::string &Level) {
  if (Level == "error")
    return 1;
  if (Level == "note" || Level == "none")
    return 3;
  return 2;
}

} // namespace

llvm::json::Value diagnosticOf(const LspFinding &F) {
  llvm::json::Array Related;
  for (const LspStep &S : F.Path)
    Related.push_back(llvm::json::Object{
        {"location",
         llvm::json::Object{{"uri", S.Uri}, {"range", range(S.At, S.At)}}},
        {"message", S.Message}});
  llvm::json::Object D{{"range", range(F.At, F.At)},
                       {"severity", severityOf(F.Level)},
                       {"code", F.Check},
                       {"source", "privacy-tidy"},
                       {"message", F.Message}};
  if (!F.HelpUri.empty())
    D["codeDescription"] = llvm::json::Object{{"href", F.HelpUri}};
  if (!Related.empty())
    D["relatedInformation"] = std::move(Related);
  return D;
}

namespace {

/// The UTF-16 length of line \p Line of \p Text (0 past its end).
unsigned lineLength(const std::string &Text, unsigned Line) {
  size_t Pos = 0;
  for (unsigned I = 0; I < Line && Pos != std::string::npos; ++I) {
    Pos = Text.find('\n', Pos);
    if (Pos != std::string::npos)
      ++Pos;
  }
  if (Pos == std::string::npos || Pos > Text.size())
    return 0;
  size_t End = Text.find('\n', Pos);
  std::string Content = Text.substr(Pos, End == std::string::npos
                                             ? std::string::npos
                                             : End - Pos);
  if (!Content.empty() && Content.back() == '\r')
    Content.pop_back();
  unsigned Units = 0;
  for (unsigned char C : Content)
    if ((C & 0xC0) != 0x80)
      Units += (C >= 0xF0) ? 2 : 1; // four-byte sequences are surrogate pairs
  return Units;
}

llvm::json::Value action(const std::string &Title, const std::string &Uri,
                         llvm::json::Array Edits, const LspFinding &F) {
  return llvm::json::Object{
      {"title", Title},
      {"kind", "quickfix"},
      {"diagnostics", llvm::json::Array{diagnosticOf(F)}},
      {"edit", llvm::json::Object{
                   {"changes", llvm::json::Object{{Uri, std::move(Edits)}}}}}};
}

} // namespace

void codeActionsFor(const LspFinding &F, const std::string &Uri,
                    const std::string &Text, llvm::json::Array &Out) {
  if (!F.Fix.empty()) {
    llvm::json::Array Edits;
    std::string Inserted;
    for (const LspEdit &E : F.Fix) {
      Edits.push_back(llvm::json::Object{{"range", range(E.Start, E.End)},
                                         {"newText", E.NewText}});
      Inserted += E.NewText;
    }
    llvm::StringRef Shown = llvm::StringRef(Inserted).trim();
    Out.push_back(action("Insert '" + Shown.str() + "' (" + F.Check + ")", Uri,
                         std::move(Edits), F));
  }
  LspPosition End{F.At.Line, lineLength(Text, F.At.Line)};
  llvm::json::Array Nolint{llvm::json::Object{
      {"range", range(End, End)},
      {"newText", " // NOLINT(" + F.Check + "): <justification>"}}};
  Out.push_back(action("Suppress with NOLINT(" + F.Check +
                           ") and a justification",
                       Uri, std::move(Nolint), F));
}

} // namespace clang::tidy::privacy::tool
