//===--- ClangTidyCommand.cpp - The clang-tidy command lines --------------===//

#include "ClangTidyCommand.h"
#include "Plan.h"

#include "support/RunOptions.h"

#include <nlohmann/json.hpp>

namespace clang::tidy::privacy::tool {

const char DefaultChecks[] = "-*,privacy-*";
const char PrivateDirPlaceholder[] = "<privacy-tidy private directory>";

void addExtraArgs(const CheckOptions &O, std::vector<std::string> &Argv) {
  for (const std::string &Arg : O.ExtraArgsBefore)
    Argv.push_back("--extra-arg-before=" + Arg);
  // Warning flags only GCC knows (-Wno-maybe-uninitialized) and -Werror or
  // -Werror=X in a GCC build's database would make clang fail every TU; no
  // compiler warning matters to the privacy checks. Before the user's own
  // arguments, which may turn warnings back on.
  if (!O.KeepWarningFlags)
    Argv.push_back("--extra-arg=-w");
  for (const std::string &Arg : O.ExtraArgs)
    Argv.push_back("--extra-arg=" + Arg);
}

std::vector<std::string> clangTidyArgv(const CheckPlan &Plan,
                                       const std::optional<std::string> &Checks,
                                       const std::string &File) {
  const CheckOptions &O = Plan.Options;
  std::vector<std::string> Argv = {O.ClangTidy, "--load=" + O.Plugin, "-p",
                                   Plan.Database.ToolDirectory, "--quiet"};
  if (Checks)
    Argv.push_back("--checks=" + *Checks);
  if (!Plan.User.ConfigArgument.empty())
    Argv.push_back(Plan.User.ConfigArgument);
  if (O.HeaderFilter)
    Argv.push_back("--header-filter=" + *O.HeaderFilter);
  // The exit code must mean "could not analyse", not "found something".
  Argv.push_back("--warnings-as-errors=-*");
  addExtraArgs(O, Argv);
  Argv.push_back(File);
  return Argv;
}

std::string runOptions(const CheckPlan &Plan, const std::string &FragmentDir,
                       const std::string &StoreMode,
                       const std::string &ModelDraftDir) {
  nlohmann::json Options = nlohmann::json::object();
  if (!ModelDraftDir.empty())
    Options["ModelDraftDir"] = ModelDraftDir;
  if (!FragmentDir.empty())
    Options["SarifOutputDir"] = FragmentDir;
  if (!Plan.Store.empty()) {
    Options["SummaryStore"] = Plan.Store;
    Options["SummaryStoreMode"] = StoreMode;
  }
  if (!Plan.User.ModelFiles.empty())
    Options["ModelFiles"] = Plan.User.ModelFiles;
  if (Plan.Options.StrictModels)
    Options["ModelCoverage"] = true;
  return std::string(RunOptionsVariable) + "=" + Options.dump();
}

} // namespace clang::tidy::privacy::tool
