//===--- Plan.cpp - What 'privacy-tidy check' will do ---------------------===//

#include "Plan.h"
#include "ForeignFlags.h"
#include "Runner.h"
#include "Version.h"

#include "support/Paths.h"
#include "policy/Law.h"
#include "support/EmbeddedData.h"
#include "support/StoreLayout.h"

#include <sys/stat.h>

#include <unistd.h>

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

/// Checks the programs the run starts, filling in the default paths.
/// The plugin and the summarizer match the clang-tidy's LLVM (Version.h).
std::optional<std::string> resolveTools(CheckOptions &O) {
  O.ClangTidy = resolveDefaultClangTidy(O.ClangTidy);
  if (!isExecutable(O.ClangTidy))
    return "clang-tidy '" + O.ClangTidy +
           "' is not an executable file (use --clang-tidy)";
  std::string Why;
  if (O.Plugin.empty()) {
    Choice Plugin = selectPlugin(O.ClangTidy);
    O.Plugin = Plugin.Path;
    Why = "; " + Plugin.Reason;
  }
  if (!fileExists(O.Plugin))
    return "plugin '" + O.Plugin +
           "' does not exist (build it, or use --plugin" + Why + ")";
  if (O.Summarizer.empty())
    O.Summarizer = selectSummarizer(O.ClangTidy).Path;
  if (O.WholeProgram && !isExecutable(O.Summarizer))
    return "privacy-tidy-summarize '" + O.Summarizer +
           "' is not an executable file (build it, or use --summarizer)";
  return std::nullopt;
}

/// The database's files the user selected, and this shard's part of them.
std::optional<std::string> selectUnits(CheckPlan &Plan,
                                       std::vector<std::string> &Shard) {
  const CheckOptions &O = Plan.Options;
  if (std::optional<std::string> Error =
          loadCompileDatabase(O.BuildPath, Plan.Database))
    return Error;
  if (std::optional<std::string> Error =
          selectFiles(Plan.Database, O.Files, Plan.AllFiles))
    return Error;
  Shard = selectShard(Plan.AllFiles, O.ShardK, O.ShardN);
  return std::nullopt;
}

/// A database that differs from the user's (relative 'directory' entries
/// made absolute, options clang rejects removed), in the temporary
/// directory for clang-tidy and privacy-tidy-summarize.
std::optional<std::string> writeAnalysisDatabase(CheckPlan &Plan) {
  if (!Plan.Database.Changed)
    return std::nullopt;
  std::string Dir = Plan.Temp.path() + "/database";
  if (std::optional<std::string> Error = createDirectories(Dir))
    return Error;
  if (std::optional<std::string> Error = writeFileAtomically(
          Dir + "/compile_commands.json", Plan.Database.Entries.dump(1),
          /*Sync=*/false))
    return Error;
  Plan.Database.ToolDirectory = Dir;
  return std::nullopt;
}

/// A fragment directory in the temporary directory for each unit.
std::optional<std::string> createUnits(CheckPlan &Plan,
                                       const std::vector<std::string> &Files) {
  for (size_t I = 0; I < Files.size(); ++I) {
    Unit U;
    U.File = Files[I];
    U.FragmentDir = Plan.Temp.path() + "/tu-" + std::to_string(I);
    if (std::optional<std::string> Error = createDirectories(U.FragmentDir))
      return Error;
    Plan.Units.push_back(std::move(U));
  }
  return std::nullopt;
}

/// A store to read without a first pass must be one: an empty or missing
/// store would make every call into another TU look harmless.
std::optional<std::string> checkReadableStore(const std::string &Store) {
  struct stat St;
  if (::stat(Store.c_str(), &St) != 0 || !S_ISDIR(St.st_mode))
    return "summary store '" + Store +
           "' does not exist (write it with --whole-program --summary-store "
           "DIR, or privacy-tidy-summarize)";
  std::string Current = Store + "/" + SummaryStoreVersion;
  if (::stat(Current.c_str(), &St) != 0 || !S_ISDIR(St.st_mode))
    return "summary store '" + Store + "' holds no summaries of this "
           "release (no '" + SummaryStoreVersion +
           "' directory; write it with --whole-program --summary-store DIR)";
  return std::nullopt;
}

unsigned parallelism(unsigned Jobs) {
  if (Jobs)
    return Jobs;
  long Cores = ::sysconf(_SC_NPROCESSORS_ONLN);
  return Cores > 0 ? static_cast<unsigned>(Cores) : 1;
}

} // namespace

std::optional<std::string> planCheck(ArgumentStream &Args, CheckPlan &Plan) {
  if (std::optional<std::string> Error = parseCheckOptions(Args, Plan.Options))
    return Error;
  return planParsedCheck(Plan);
}

std::optional<std::string> planParsedCheck(CheckPlan &Plan) {
  CheckOptions &O = Plan.Options;
  Plan.StartTimeUtc = currentTimeUtc();
  for (const std::string *Out :
       {&O.Output, &O.GithubSarif, &O.SummaryMarkdown, &O.HtmlOutput})
    if (!Out->empty())
      if (std::optional<std::string> Error = checkWritable(*Out))
        return Error;
  if (std::optional<std::string> Error = readUserConfiguration(O, Plan.User))
    return Error;
  if (!O.BaselinePath.empty())
    if (std::optional<std::string> Error =
            loadBaseline(O.BaselinePath, Plan.Base))
      return Error;
  if (!O.RegisterBaseline.empty())
    if (std::optional<std::string> Error =
            loadDeclaredRegister(O.RegisterBaseline, Plan.Declared))
      return Error;
  if (std::optional<std::string> Error = resolveTools(O))
    return Error;
  std::vector<std::string> Shard;
  if (std::optional<std::string> Error = selectUnits(Plan, Shard))
    return Error;
  Plan.Root = O.SourceRoot.empty() ? findGitWorkTree(currentDirectory())
                                         .value_or(currentDirectory())
                                   : normalizePath(O.SourceRoot);
  std::string PolicyError;
  Plan.Law = embeddedPolicy(PolicyError);
  if (!Plan.Law)
    return PolicyError;
  if (std::optional<std::string> Error = Plan.Temp.create())
    return Error;
  if (std::optional<std::string> Error = removeForeignFlags(Plan))
    return Error;
  if (std::optional<std::string> Error = writeAnalysisDatabase(Plan))
    return Error;
  if (std::optional<std::string> Error = createUnits(Plan, Shard))
    return Error;
  Plan.Store = O.SummaryStore.empty() ? "" : normalizePath(O.SummaryStore);
  if (!O.WholeProgram && !Plan.Store.empty())
    if (std::optional<std::string> Error = checkReadableStore(Plan.Store))
      return Error;
  Plan.Parallelism = parallelism(O.Jobs);
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
