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
// "message"}]}. Relative paths are taken against the current directory.
//
//===----------------------------------------------------------------------===//

#include "sarif/LogBuilder.h"
#include "support/Paths.h"
#include "policy/Law.h"
#include "support/EmbeddedData.h"
#include "sarif/SarifLog.h"

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

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2)
    die("usage: privacy-sarif-driver fragment|render --input F.json "
        "[--output-dir DIR] [--law L.json --rules R.json]");
  std::string Mode = Argv[1], Input, OutputDir, LawFile, RulesFile;
  for (int I = 2; I < Argc; ++I) {
    std::string Arg = Argv[I];
    auto Next = [&]() -> std::string {
      if (I + 1 >= Argc)
        die(Arg + " needs a value");
      return Argv[++I];
    };
    if (Arg == "--input")
      Input = Next();
    else if (Arg == "--output-dir")
      OutputDir = Next();
    else if (Arg == "--law")
      LawFile = Next();
    else if (Arg == "--rules")
      RulesFile = Next();
    else
      die("unknown argument '" + Arg + "'");
  }
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(Input, Text))
    die(*Error);
  try {
    json Description = json::parse(Text);
    std::string MainFile = normalizePath(str(Description, "mainFile"));
    RunInfo Run;
    if (Description.contains("run")) {
      const json &R = Description["run"];
      if (R.contains("arguments"))
        Run.Arguments = R["arguments"].get<std::vector<std::string>>();
      Run.StartTimeUtc = str(R, "startTimeUtc");
      Run.EndTimeUtc = str(R, "endTimeUtc");
      Run.ExecutionSuccessful = R.value("executionSuccessful", true);
      Run.SourceRoot = str(R, "sourceRoot");
      Run.WorkingDirectory = str(R, "workingDirectory");
    }
    std::vector<FindingRecord> Findings;
    for (const json &F : Description.value("findings", json::array())) {
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
      Findings.push_back(std::move(Record));
    }
    std::vector<ToolNotice> Notices;
    for (const json &N : Description.value("notices", json::array()))
      Notices.push_back({str(N, "level"),
                         N.contains("loc") ? parseLocation(str(N, "loc"))
                                           : PlainLocation(),
                         str(N, "message")});

    if (Mode == "fragment") {
      if (OutputDir.empty())
        die("fragment needs --output-dir");
      if (std::optional<std::string> Error = writeTranslationUnitFragment(
              OutputDir, MainFile, Findings, Notices, Run))
        die(*Error);
      return 0;
    }
    if (Mode != "render")
      die("unknown mode '" + Mode + "'");
    std::string Out;
    if (LawFile.empty() && RulesFile.empty()) {
      if (std::optional<std::string> Error =
              renderTranslationUnitLog(MainFile, Findings, Notices, Run, Out))
        die(*Error);
    } else {
      // Other policy data: what a legal reviewer's edit produces.
      std::string Law(embeddedFile("policy/law.json")),
          Rules(embeddedFile("policy/rules.json"));
      if (!LawFile.empty())
        if (std::optional<std::string> Error = readWholeFile(LawFile, Law))
          die(*Error);
      if (!RulesFile.empty())
        if (std::optional<std::string> Error = readWholeFile(RulesFile, Rules))
          die(*Error);
      LegalPolicy P;
      if (std::optional<std::string> Error =
              parsePolicy(Law, LawFile.empty() ? "law.json" : LawFile, Rules,
                          RulesFile.empty() ? "rules.json" : RulesFile, P))
        die(*Error);
      std::vector<Notice> Wrapped;
      for (const ToolNotice &N : Notices)
        Wrapped.push_back({N, "analysis-notice"});
      SourceCache Sources;
      json Log;
      if (std::optional<std::string> Error = buildTranslationUnitLog(
              P, MainFile, Findings, Wrapped, Run, Sources, Log))
        die(*Error);
      Out = serializeLog(Log);
    }
    std::fwrite(Out.data(), 1, Out.size(), stdout);
  } catch (const std::exception &E) {
    die(Input + ": " + E.what());
  }
  return 0;
}
