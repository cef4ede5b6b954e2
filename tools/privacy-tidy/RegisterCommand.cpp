//===--- RegisterCommand.cpp - privacy-tidy register ----------------------===//

#include "RegisterCommand.h"
#include "ConfigProbe.h"
#include "Collect.h"
#include "Console.h"
#include "Plan.h"
#include "RegisterDrift.h"
#include "ReportingPass.h"
#include "SummaryPass.h"

#include "sarif/Merge.h"
#include "support/Paths.h"

#include <iostream>

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

struct RegisterOutputs {
  std::string Output = "register.json";
  std::string Csv;
  std::string FromSarif;
};

/// The stages of check up to the merged log.
std::optional<int> analyse(CheckPlan &Plan, CollectedReport &Report) {
  if (std::optional<std::string> Error = planParsedCheck(Plan))
    return error(*Error);
  if (std::optional<int> Stop = probeConfigurations(Plan))
    return Stop;
  if (std::optional<int> Stop = runSummaryPasses(Plan))
    return Stop;
  ReportingRun Run;
  if (std::optional<int> Stop = runReportingPass(Plan, Run))
    return Stop;
  if (std::optional<std::string> Error = collectReport(Plan, Run, Report))
    return error(*Error);
  return std::nullopt;
}

/// --from-sarif: the log, and the declared register; no analysis.
std::optional<std::string> readExisting(CheckPlan &Plan,
                                        const RegisterOutputs &R,
                                        CollectedReport &Report) {
  const CheckOptions &O = Plan.Options;
  if (!O.BuildPath.empty() || !O.Files.empty())
    return std::string("--from-sarif reads an existing log: -p and files "
                       "do not apply");
  for (const std::string &Path : {R.Output, R.Csv})
    if (!Path.empty())
      if (std::optional<std::string> Error = checkWritable(Path))
        return Error;
  if (!O.RegisterBaseline.empty())
    if (std::optional<std::string> Error =
            loadDeclaredRegister(O.RegisterBaseline, Plan.Declared))
      return Error;
  LogFile File;
  if (std::optional<std::string> Error = readLogFile(R.FromSarif, File))
    return Error;
  Report.Log = std::move(File.Log);
  Plan.Root = filePathFromUri(Report.Log.value(
                                  "/runs/0/originalUriBaseIds/%SRCROOT%/uri"_json_pointer,
                                  std::string()))
                  .value_or(currentDirectory());
  return std::nullopt;
}

std::optional<std::string> writeRegister(const json &Doc,
                                         const RegisterOutputs &R) {
  if (std::optional<std::string> Error =
          writeFileAtomically(R.Output, serializeLog(Doc)))
    return Error;
  if (!R.Csv.empty())
    return writeFileAtomically(R.Csv, registerCsv(Doc));
  return std::nullopt;
}

/// The options of register on top of check's.
ExtraOptions registerOptions(RegisterOutputs &R) {
  return [&R](ArgumentStream &A, std::optional<std::string> &Error) {
    std::string V;
    if (A.option("--output", "-o", V, Error))
      R.Output = V;
    else if (A.option("--csv", nullptr, V, Error))
      R.Csv = V;
    else if (A.option("--from-sarif", nullptr, V, Error))
      R.FromSarif = V;
    else
      return false;
    return true;
  };
}

/// The merged log, read (--from-sarif) or from the analysis (-p); an exit
/// code when there is none.
std::optional<int> obtainLog(CheckPlan &Plan, const RegisterOutputs &R,
                             CollectedReport &Report, std::string &LogName) {
  if (!Plan.Options.BaselinePath.empty())
    return error("--baseline compares findings; register compares with "
                 "--register-baseline");
  if (!R.FromSarif.empty()) {
    LogName = R.FromSarif;
    if (std::optional<std::string> Error = readExisting(Plan, R, Report))
      return error(*Error);
    return std::nullopt;
  }
  if (Plan.Options.BuildPath.empty())
    return error("register needs -p BUILD_DIR (the directory with "
                 "compile_commands.json) or --from-sarif FILE");
  Plan.Options.Output = R.Output; // checked writable by the plan
  if (!R.Csv.empty())
    if (std::optional<std::string> Error = checkWritable(R.Csv))
      return error(*Error);
  LogName = "the analysis";
  return analyse(Plan, Report);
}

void printWritten(const json &Doc, const RegisterOutputs &R) {
  size_t Rows = Doc["rows"].size();
  std::cerr << "privacy-tidy: register: " << Rows << " processing operation"
            << (Rows == 1 ? "" : "s") << "; wrote " << R.Output
            << (R.Csv.empty() ? "" : " and ") << R.Csv << "\n";
}

} // namespace

int runRegister(ArgumentStream &Args) {
  CheckPlan Plan;
  RegisterOutputs R;
  if (std::optional<std::string> Error =
          parseCheckOptions(Args, Plan.Options, registerOptions(R)))
    return error(*Error);
  CollectedReport Report;
  std::string LogName;
  if (std::optional<int> Stop = obtainLog(Plan, R, Report, LogName))
    return *Stop;
  json Doc;
  if (std::optional<std::string> Error =
          registerDocument(Report.Log, LogName, Doc))
    return error(*Error);
  if (std::optional<std::string> Error = writeRegister(Doc, R))
    return error(*Error);
  int Exit = ExitClean;
  if (!Plan.Options.RegisterBaseline.empty()) {
    RegisterDrift Drift = compareRegister(Doc, Plan.Declared);
    printDrift(Drift, Plan.Declared, Plan.Root, Plan.Options.Quiet);
    Exit = Drift.New.empty() ? ExitClean : ExitFindings;
  }
  if (!Plan.Options.Quiet)
    printWritten(Doc, R);
  if (Report.ToolError || (Report.FailedUnits && !Plan.Options.KeepGoing))
    return ExitError;
  return Exit;
}

int registerGate(const CheckPlan &Plan, const json &Log) {
  json Doc;
  if (std::optional<std::string> Error =
          registerDocument(Log, "the analysis", Doc))
    return error(*Error);
  RegisterDrift Drift = compareRegister(Doc, Plan.Declared);
  printDrift(Drift, Plan.Declared, Plan.Root, Plan.Options.Quiet);
  return Drift.New.empty() ? ExitClean : ExitFindings;
}

} // namespace clang::tidy::privacy::tool
