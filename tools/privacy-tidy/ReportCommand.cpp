//===--- ReportCommand.cpp - privacy-tidy report --------------------------===//

#include "ReportCommand.h"
#include "Console.h"
#include "HtmlReport.h"
#include "ReportModel.h"

#include "sarif/Merge.h"
#include "support/Paths.h"

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

struct ReportOptions {
  std::string Output;
  std::string SourceRoot;
  std::vector<std::string> Inputs;
};

std::optional<std::string> parseReportOptions(ArgumentStream &Args,
                                              ReportOptions &O) {
  std::optional<std::string> Error;
  std::string Value;
  while (!Args.done() && !Error) {
    if (Args.option("--output", "-o", Value, Error))
      O.Output = Value;
    else if (Args.option("--source-root", nullptr, Value, Error))
      O.SourceRoot = Value;
    else if (Args.peek().size() > 1 && Args.peek()[0] == '-')
      return "unknown option '" + Args.peek() + "' (see privacy-tidy --help)";
    else
      O.Inputs.push_back(Args.take());
  }
  if (Error)
    return Error;
  if (O.Output.empty() || O.Inputs.empty())
    return std::string("report needs at least one SARIF log and an output "
                       "file: privacy-tidy report IN.sarif... -o report.html");
  return std::nullopt;
}

/// One log from the inputs: the log itself, or the inputs merged.
std::optional<std::string> readInputs(const ReportOptions &O, json &Log) {
  std::vector<LogFile> Logs;
  for (const std::string &Input : O.Inputs) {
    LogFile File;
    if (std::optional<std::string> Error = readLogFile(Input, File))
      return Error;
    Logs.push_back(std::move(File));
  }
  if (Logs.size() == 1) {
    Log = std::move(Logs.front().Log);
    return std::nullopt;
  }
  // Merged onto their common root, as the logs say it; --source-root only
  // says where that root's files are now.
  return mergeLogs(Logs, "", Log);
}

} // namespace

std::optional<std::string> writeHtmlReport(const json &Log,
                                           const std::vector<std::string> &Inputs,
                                           const std::string &SourceRoot,
                                           const std::string &Path) {
  ReportModel Model = buildReportModel(Log, SourceRoot);
  return writeFileAtomically(Path, renderHtmlReport(Model, Inputs));
}

int runReport(ArgumentStream &Args) {
  ReportOptions O;
  if (std::optional<std::string> Error = parseReportOptions(Args, O))
    return error(*Error);
  if (std::optional<std::string> Failure = checkWritable(O.Output))
    return error(*Failure);
  json Log;
  if (std::optional<std::string> Error = readInputs(O, Log))
    return error(*Error);
  std::vector<std::string> Names;
  for (const std::string &Input : O.Inputs)
    Names.push_back(displayPath(normalizePath(Input)));
  if (std::optional<std::string> Error =
          writeHtmlReport(Log, Names, O.SourceRoot, O.Output))
    return error(*Error);
  return ExitClean;
}

} // namespace clang::tidy::privacy::tool
