//===--- SarifDriver.cpp - SARIF writer test driver -----------------------===//
//
// Reads findings described as JSON and writes them through the same entry
// point the plugin calls, so the SARIF writer is tested byte for byte without
// a Clang front end:
//
//   privacy-sarif-driver fragment --input F.json --output-dir DIR
//   privacy-sarif-driver render --input F.json [--law L.json --rules R.json]
//
// F.json: {"mainFile": path, "run": {"arguments": [...], "startTimeUtc",
// "endTimeUtc", "executionSuccessful", "sourceRoot", "workingDirectory"},
// "findings": [{"check", "category", "action", "message", "loc": "f:l:c",
// "taxa": [...], "purpose", "pseudonymised", "dataName", "fingerprintKey",
// "flow": [{"kind", "loc", "message"}]}], "notices": [{"level", "loc",
// "message", "coverage", "callee", "omitted", "configRole", "configName",
// "configHash"}]}. Relative paths are taken against the current directory.
//
//===----------------------------------------------------------------------===//

#include "sarif/LogBuilder.h"
#include "support/Paths.h"
#include "policy/Law.h"
#include "support/EmbeddedData.h"
#include "sarif/SarifLog.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iostream>

using namespace clang::tidy::privacy;
using namespace clang::tidy::privacy::sarif;

namespace {

[[noreturn]] void die(const std::string &Message) {
  std::cerr << "privacy-sarif-driver: error: " << Message << "\n";
  std::exit(2);
}

PlainLocation parseLocation(const std::string &Text) {
  // "file:line:col"; the file may itself contain ':'.
  PlainLocation Loc;
  size_t Second = Text.rfind(':');
  size_t First =
      Second == std::string::npos ? Second : Text.rfind(':', Second - 1);
  if (First == std::string::npos)
    die("location '" + Text + "' is not file:line:column");
  Loc.File = normalizePath(Text.substr(0, First));
  Loc.Line = static_cast<unsigned>(
      std::stoul(Text.substr(First + 1, Second - First - 1)));
  Loc.Column = static_cast<unsigned>(std::stoul(Text.substr(Second + 1)));
  return Loc;
}

std::string str(const json &Object, const char *Key) {
  return Object.contains(Key) ? Object[Key].get<std::string>() : "";
}

struct DriverArguments {
  std::string Mode, Input, OutputDir, LawFile, RulesFile;
};

DriverArguments parseArguments(int Argc, char **Argv) {
  if (Argc < 2)
    die("usage: privacy-sarif-driver fragment|render --input F.json "
        "[--output-dir DIR] [--law L.json --rules R.json]");
  DriverArguments A;
  A.Mode = Argv[1];
  for (int I = 2; I < Argc; ++I) {
    std::string Arg = Argv[I];
    auto Next = [&]() -> std::string {
      if (I + 1 >= Argc)
        die(Arg + " needs a value");
      return Argv[++I];
    };
    if (Arg == "--input")
      A.Input = Next();
    else if (Arg == "--output-dir")
      A.OutputDir = Next();
    else if (Arg == "--law")
      A.LawFile = Next();
    else if (Arg == "--rules")
      A.RulesFile = Next();
    else
      die("unknown argument '" + Arg + "'");
  }
  return A;
}

/// What the plugin would have seen of one translation unit.
struct Description {
  std::string MainFile;
  RunInfo Run;
  std::vector<FindingRecord> Findings;
  std::vector<ToolNotice> Notices;
};

RunInfo parseRun(const json &R) {
  RunInfo Run;
  if (R.contains("arguments"))
    Run.Arguments = R["arguments"].get<std::vector<std::string>>();
  Run.StartTimeUtc = str(R, "startTimeUtc");
  Run.EndTimeUtc = str(R, "endTimeUtc");
  Run.ExecutionSuccessful = R.value("executionSuccessful", true);
  Run.SourceRoot = str(R, "sourceRoot");
  Run.WorkingDirectory = str(R, "workingDirectory");
  return Run;
}

FindingRecord parseFinding(const json &F) {
  FindingRecord Record;
  Record.CheckName = str(F, "check");
  Record.Category = str(F, "category");
  Record.Action = str(F, "action");
  Record.Message = str(F, "message");
  Record.Loc = parseLocation(str(F, "loc"));
  if (F.contains("taxa"))
    Record.Taxa = F["taxa"].get<std::vector<std::string>>();
  Record.Purpose = str(F, "purpose");
  Record.Pseudonymised = F.value("pseudonymised", false);
  Record.DataName = str(F, "dataName");
  Record.FingerprintKey = str(F, "fingerprintKey");
  for (const json &S : F.value("flow", json::array()))
    Record.Flow.push_back(
        {str(S, "kind"), parseLocation(str(S, "loc")), str(S, "message")});
  return Record;
}

/// Throws on malformed JSON; the caller names the input.
Description parseDescription(const std::string &Text) {
  json D = json::parse(Text);
  Description Out;
  Out.MainFile = normalizePath(str(D, "mainFile"));
  if (D.contains("run"))
    Out.Run = parseRun(D["run"]);
  for (const json &F : D.value("findings", json::array()))
    Out.Findings.push_back(parseFinding(F));
  for (const json &N : D.value("notices", json::array())) {
    ToolNotice T{str(N, "level"),
                 N.contains("loc") ? parseLocation(str(N, "loc"))
                                   : PlainLocation(),
                 str(N, "message")};
    // The coverage facts of a notice (sarif/CoverageKeys.h).
    T.Coverage = str(N, "coverage");
    T.Callee = str(N, "callee");
    T.Omitted = N.value("omitted", 0u);
    T.ConfigRole = str(N, "configRole");
    T.ConfigName = str(N, "configName");
    T.ConfigHash = str(N, "configHash");
    Out.Notices.push_back(std::move(T));
  }
  return Out;
}

std::string lower(std::string S) {
  for (char &C : S)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return S;
}

bool mentions(const std::string &Text, const std::string &Word) {
  return !Word.empty() && lower(Text).find(lower(Word)) != std::string::npos;
}

/// A finding described by hand may leave out what the plugin's front end
/// always writes (report/Messages.h): its taxa come from law.json, and its
/// message is completed with the category, action and primary article, as
/// any other producer of records would have to.
void completeFinding(const LegalPolicy &P, FindingRecord &F) {
  if (F.Taxa.empty())
    F.Taxa = P.taxaOfFinding(F.Category, F.Action, F.Pseudonymised);
  else if (F.Pseudonymised)
    for (const std::string &Id : P.PseudonymisedTaxa)
      if (std::find(F.Taxa.begin(), F.Taxa.end(), Id) == F.Taxa.end())
        F.Taxa.push_back(Id);
  const CategoryRule *C = P.findCategory(F.Category);
  std::string Label = C ? C->Label : F.Category;
  std::string Text = F.Message;
  if (Text.empty())
    Text = F.Action.empty()
               ? "Finding of " + F.CheckName
               : (F.DataName.empty() ? "Data" : "'" + F.DataName + "'") +
                     " (" + Label + ") reaches a " + F.Action + " sink";
  std::vector<std::string> Missing;
  if (!F.Category.empty() && !mentions(Text, Label) &&
      !mentions(Text, F.Category))
    Missing.push_back("category: " + Label);
  // "retain-period" is said as "retained for 400 days".
  if (!F.Action.empty() &&
      !mentions(Text, F.Action.substr(0, F.Action.find('-'))))
    Missing.push_back("action: " + F.Action);
  for (const std::string &Id : F.Taxa) {
    std::optional<TaxonRef> Ref = P.findTaxon(Id);
    if (!Ref)
      continue;
    const Taxon &T = P.taxon(*Ref);
    if (!mentions(Text, T.Name) && !mentions(Text, T.Citation))
      Missing.push_back(T.Citation);
    break;
  }
  if (!Missing.empty()) {
    while (!Text.empty() && (Text.back() == '.' || Text.back() == ' '))
      Text.pop_back();
    Text += " (";
    for (size_t I = 0; I < Missing.size(); ++I)
      Text += (I ? "; " : "") + Missing[I];
    Text += ")";
  }
  F.Message = Text;
}

/// The log built with other policy data: what a legal reviewer's edit
/// produces.
std::string renderWithPolicy(const DriverArguments &A, Description D) {
  std::string Law(embeddedFile("policy/law.json")),
      Rules(embeddedFile("policy/rules.json"));
  if (!A.LawFile.empty())
    if (std::optional<std::string> Error = readWholeFile(A.LawFile, Law))
      die(*Error);
  if (!A.RulesFile.empty())
    if (std::optional<std::string> Error = readWholeFile(A.RulesFile, Rules))
      die(*Error);
  LegalPolicy P;
  if (std::optional<std::string> Error = parsePolicy(
          Law, A.LawFile.empty() ? "law.json" : A.LawFile, Rules,
          A.RulesFile.empty() ? "rules.json" : A.RulesFile, P))
    die(*Error);
  for (FindingRecord &F : D.Findings)
    completeFinding(P, F);
  std::vector<Notice> Wrapped;
  for (const ToolNotice &N : D.Notices)
    Wrapped.push_back({N, "analysis-notice"});
  SourceCache Sources;
  json Log;
  if (std::optional<std::string> Error = buildTranslationUnitLog(
          P, D.MainFile, D.Findings, Wrapped, D.Run, Sources, Log))
    die(*Error);
  return serializeLog(Log);
}

/// Writes the fragment or prints the rendered log, as \p A.Mode says.
void produce(const DriverArguments &A, Description D) {
  if (A.LawFile.empty() && A.RulesFile.empty()) {
    std::string Error;
    const LegalPolicy *P = embeddedPolicy(Error);
    if (!P)
      die(Error);
    for (FindingRecord &F : D.Findings)
      completeFinding(*P, F);
  }
  if (A.Mode == "fragment") {
    if (A.OutputDir.empty())
      die("fragment needs --output-dir");
    if (std::optional<std::string> Error = writeTranslationUnitFragment(
            A.OutputDir, D.MainFile, D.Findings, D.Notices, D.Run))
      die(*Error);
    return;
  }
  if (A.Mode != "render")
    die("unknown mode '" + A.Mode + "'");
  std::string Out;
  if (A.LawFile.empty() && A.RulesFile.empty()) {
    if (std::optional<std::string> Error = renderTranslationUnitLog(
            D.MainFile, D.Findings, D.Notices, D.Run, Out))
      die(*Error);
  } else {
    Out = renderWithPolicy(A, D);
  }
  std::fwrite(Out.data(), 1, Out.size(), stdout);
}

} // namespace

int main(int Argc, char **Argv) {
  DriverArguments A = parseArguments(Argc, Argv);
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(A.Input, Text))
    die(*Error);
  try {
    produce(A, parseDescription(Text));
  } catch (const std::exception &E) {
    die(A.Input + ": " + E.what());
  }
  return 0;
}
