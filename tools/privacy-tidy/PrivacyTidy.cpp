//===--- PrivacyTidy.cpp - The privacy-tidy command -----------------------===//
//
// privacy-tidy check: clang-tidy with the privacy plugin over a compilation
// database, one process per translation unit, in parallel; the per-TU SARIF
// fragments become one report, and the exit code gates CI on new findings.
// privacy-tidy merge: joins fragments or shard reports into one report.
// privacy-tidy convert: derives the upload log for GitHub code scanning.
//
// A check runs in stages, each in its own file: Plan (arguments, inputs,
// the TUs of this shard), ConfigProbe (will the privacy checks run, and
// which), SummaryPass (the first pass of --whole-program),
// ReportingPass (clang-tidy per TU), Collect (fragments and notices merged)
// and Gate (baseline, waivers, outputs, exit code).
//
// Exit codes: 0 clean, 1 findings over the --fail-on threshold, 2 tool or
// input error (including a TU that failed, unless --keep-going).
//
//===----------------------------------------------------------------------===//

#include "Collect.h"
#include "ConfigProbe.h"
#include "Console.h"
#include "Gate.h"
#include "GithubProfile.h"
#include "LspServer.h"
#include "InitModel.h"
#include "Options.h"
#include "Plan.h"
#include "RegisterCommand.h"
#include "SummaryMarkdown.h"
#include "ReportCommand.h"
#include "ReportingPass.h"
#include "SummaryPass.h"
#include "Version.h"

#include "sarif/LogBuilder.h"
#include "sarif/Merge.h"
#include "support/JsonSyntax.h"
#include "support/Paths.h"

#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace clang::tidy::privacy;
using namespace clang::tidy::privacy::sarif;
using namespace clang::tidy::privacy::tool;

namespace {

const char Usage[] = R"(usage: privacy-tidy check -p BUILD_DIR [options] [FILES...]
       privacy-tidy register -p BUILD_DIR [options] [FILES...]
       privacy-tidy register --from-sarif LOG.sarif [options]
       privacy-tidy merge [--source-root DIR] OUT.sarif IN...
       privacy-tidy lsp [-p BUILD_DIR] [--summary-store DIR] [options]
       privacy-tidy convert --profile github [--summary-markdown FILE]
                            [--max-upload-bytes N] IN.sarif OUT.sarif
       privacy-tidy report [--source-root DIR] IN.sarif... -o REPORT.html
       privacy-tidy init-model -p BUILD_DIR [-o FILE] [--force] [FILES...]
       privacy-tidy --help
       privacy-tidy --version [--clang-tidy PATH] [--plugin PATH]

check: run clang-tidy with the privacy-tidy plugin on every translation unit
of BUILD_DIR/compile_commands.json (or only FILES; a directory selects the
files below it), print the findings clang-tidy style and write one SARIF log.

  -p DIR                 build directory with compile_commands.json (or the
                         path of the file itself)
  -o, --output FILE      SARIF log to write (default: privacy-tidy.sarif)
  --html FILE            also write the auditor's HTML report (see report)
  -j, --jobs N           parallel clang-tidy processes (default: all cores)
  --shard K/N            analyse only part K of N of the sorted file list;
                         'privacy-tidy merge' joins the N reports
  --baseline FILE        a previous report: findings whose fingerprint it
                         holds are not new (not printed, not failing)
  --fail-on WHEN         none | new | any (default: new)
  --keep-going           a TU that fails to compile is reported in the log
                         but does not make the exit code 2
  --checks GLOBS         clang-tidy --checks (default: the privacy-* checks
                         the configuration enables; every one without any)
  --config YAML          clang-tidy configuration merged over the project's
                         .clang-tidy files (InheritParentConfig: true unless
                         it sets the key)
  --config-file FILE     the same, read from FILE
  --model FILE           a model file added to the configured ones
                         (repeatable; relative to the current directory)
  --header-filter REGEX  clang-tidy --header-filter
  --keep-warning-flags   do not add -w: by default the database's warning
                         flags (GCC-only ones, -Werror) are made harmless
  --strict-models        after the run, report each model entry that matched
                         nothing in any translation unit (exit 2 if any)
  --extra-arg ARG        passed to clang-tidy (repeatable)
  --extra-arg-before ARG passed to clang-tidy (repeatable)
  --clang-tidy PATH      clang-tidy to run (default: )" PRIVACY_TIDY_DEFAULT_CLANG_TIDY R"()
  --plugin PATH          PrivacyTidy.so to load (default: the installed
                         PrivacyTidy-<major>.so of the clang-tidy's LLVM,
                         else the build tree's; --version says which)
  --source-root DIR      directory SARIF URIs are relative to (default: the
                         git work tree of the current directory, else it)
  --whole-program        two passes: first every TU of the database writes its
                         function summaries, then the analysis follows data
                         into functions defined in other TUs
  --summary-store DIR    keep the summaries in DIR (with --whole-program), or
                         read an existing store without a first pass
  --summary-passes N     first passes to run (default 1); each repetition
                         follows calls one more file boundary deep
  --summarizer PATH      privacy-tidy-summarize, which runs the first pass
                         (default: privacy-tidy-summarize-<major>, else
                         privacy-tidy-summarize, next to privacy-tidy)
  --today YYYY-MM-DD     the date waivers' expires= is compared with
                         (default: $PRIVACY_TIDY_TODAY, else today in UTC)
  --require-justification
                         a NOLINT without justification on a privacy check
                         does not suppress its finding
  --github-sarif FILE    also write the upload log for GitHub code scanning
                         (the github profile; see convert)
  --summary-markdown FILE
                         also write a Markdown summary of the new findings
                         (for $GITHUB_STEP_SUMMARY or a pull-request comment)
  --progress MODE        auto | bar | lines | none (default: auto: a bar on
                         a terminal, plain lines otherwise)
  --register-baseline FILE
                         a reviewed processing register (privacy-tidy
                         register): a processing operation it does not
                         declare fails the run (exit 1), lawful or not
  -q, --quiet            no progress and no summary

register: the register of processing operations (docs/register.md): every
flow of personal data to a sink, lawful or not, one row per category,
action, sink, purpose, legal basis and retention, with its code locations.
Takes check's options, or reads an existing log instead of analysing.

  -o, --output FILE      register to write (default: register.json)
  --csv FILE             the register as CSV as well
  --from-sarif FILE      read the register from a privacy-tidy SARIF log
  --register-baseline FILE
                         compare with a reviewed register: an operation it
                         does not declare fails (exit 1); a declared one no
                         longer found is reported as gone

init-model: run privacy-unannotated-data over the database and write a
draft model file (default privacy-model.json; an existing one only with
--force): fields, types, variables, function results and parameters that
look like personal data, project logging functions and wrappers of sink
functions as sink candidates, each entry with a comment saying where it was
seen. Review it, then pass it with
--model. Takes check's -p, -o, -j, --config, --config-file, --model,
--header-filter (default .*), --extra-arg, --clang-tidy, --plugin.

merge: join SARIF logs written by privacy-tidy or the plugin's SarifOutputDir
option (files, or directories of *.sarif) into one de-duplicated,
deterministically ordered log.

lsp: a language server on stdin/stdout, beside clangd: on open and save it
analyses the saved file with the plugin and publishes the findings, with
code actions for the suggested annotation and a NOLINT with justification.
Without -p it uses the compile_commands.json found above each file (or in a
build/ directory there). It also takes --summary-store, --clang-tidy,
--plugin, --checks, --extra-arg and --extra-arg-before as check does.
See docs/editors.md.

convert --profile github: derive the upload log for GitHub code scanning from
a privacy-tidy log: suppressed results left out, articles in the messages,
rule descriptions and tags, trimmed to GitHub's limits. --summary-markdown
FILE also writes the Markdown summary of IN's new findings (for merged
shard reports). --max-upload-bytes N: the gzipped size limit (default
GitHub's 10 MB).

report: write one self-contained HTML page for auditors from SARIF logs of
privacy-tidy (several are merged): findings by law and article with their
paths and source lines (read below --source-root, default the log's
%SRCROOT%), waivers and the coverage statement. No network access needed.

exit codes: 0 clean, 1 findings over the --fail-on threshold, 2 tool or
input error.
)";

/// The stages of 'privacy-tidy check', each stopping the run on failure.
int runCheck(ArgumentStream &Args) {
  CheckPlan Plan;
  if (std::optional<std::string> Error = planCheck(Args, Plan))
    return error(*Error);
  if (std::optional<int> Stop = probeConfigurations(Plan))
    return *Stop;
  if (std::optional<int> Stop = runSummaryPasses(Plan))
    return *Stop;
  ReportingRun Run;
  if (std::optional<int> Stop = runReportingPass(Plan, Run))
    return *Stop;
  CollectedReport Report;
  if (std::optional<std::string> Error = collectReport(Plan, Run, Report))
    return error(*Error);
  return gate(Plan, Report);
}

int runMerge(ArgumentStream &Args) {
  MergeOptions O;
  if (std::optional<std::string> Error = parseMergeOptions(Args, O))
    return error(*Error);
  if (std::optional<std::string> Failure = checkWritable(O.Output))
    return error(*Failure);
  std::vector<std::string> Files;
  for (const std::string &Input : O.Inputs)
    if (std::optional<std::string> Failure = expandLogInputs(Input, Files))
      return error(*Failure);
  if (Files.empty())
    return error("no *.sarif files in " + O.Inputs.front());
  std::vector<LogFile> Logs;
  for (const std::string &File : Files) {
    LogFile Log;
    if (std::optional<std::string> Failure = readLogFile(File, Log))
      return error(*Failure);
    Logs.push_back(std::move(Log));
  }
  json Merged;
  if (std::optional<std::string> Failure =
          mergeLogs(Logs, O.SourceRoot, Merged))
    return error(*Failure);
  if (std::optional<std::string> Failure =
          writeFileAtomically(O.Output, serializeLog(Merged)))
    return error(*Failure);
  return ExitClean;
}

/// Derives the upload log for code scanning from an auditor log (a shard
/// report merged, say).
int runConvert(ArgumentStream &Args) {
  ConvertOptions O;
  if (std::optional<std::string> Error = parseConvertOptions(Args, O))
    return error(*Error);
  for (const std::string *Out : {&O.Output, &O.SummaryMarkdown})
    if (!Out->empty())
      if (std::optional<std::string> Failure = checkWritable(*Out))
        return error(*Failure);
  LogFile Log;
  if (std::optional<std::string> Failure = readLogFile(O.Input, Log))
    return error(*Failure);
  GithubLimits Limits;
  if (O.MaxUploadBytes)
    Limits.GzippedBytes = *O.MaxUploadBytes;
  if (std::optional<std::string> Failure =
          writeGithubLog(Log.Log, O.Output, Limits))
    return error(*Failure);
  // A log checked against a baseline says so in every result.
  bool HasBaseline = false;
  for (const json &Result : Log.Log["runs"][0]["results"])
    HasBaseline |= Result.contains("baselineState");
  if (!O.SummaryMarkdown.empty())
    if (std::optional<std::string> Failure =
            writeSummaryMarkdown(Log.Log, HasBaseline, O.SummaryMarkdown))
      return error(*Failure);
  return ExitClean;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::cerr << Usage;
    return ExitError;
  }
  std::string Command = Argv[1];
  try {
    if (Command == "--help" || Command == "-h" || Command == "help") {
      std::cout << Usage;
      return ExitClean;
    }
    if (Command == "--version")
      return printVersion(Argc, Argv, std::cout); // Version.cpp
    ArgumentStream Args(Argc, Argv, 2);
    if (Command == "check")
      return runCheck(Args);
    if (Command == "merge")
      return runMerge(Args);
    if (Command == "register")
      return runRegister(Args);
    if (Command == "lsp")
      return runLanguageServer(Args);
    if (Command == "convert")
      return runConvert(Args);
    if (Command == "report")
      return runReport(Args);
    if (Command == "init-model")
      return runInitModel(Argc, Argv); // InitModel.cpp
    return error("unknown command '" + Command +
                 "' (expected check, register, merge, convert, report, "
                 "init-model or lsp; see privacy-tidy --help)");
  } catch (const std::exception &E) {
    return error(withoutLibraryPrefix(E.what()));
  }
}
