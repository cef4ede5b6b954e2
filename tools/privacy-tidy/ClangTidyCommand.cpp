//===--- ClangTidyCommand.cpp - The clang-tidy command lines --------------===//

#include "ClangTidyCommand.h"
#include "Plan.h"

namespace clang::tidy::privacy::tool {

const char DefaultChecks[] = "-*,privacy-*";
const char PrivateDirPlaceholder[] = "<privacy-tidy private directory>";

namespace {

std::string yamlSingleQuoted(const std::string &Text) {
  std::string Out = "'";
  for (char C : Text)
    Out += C == '\'' ? std::string("''") : std::string(1, C);
  return Out + "'";
}

} // namespace

void addExtraArgs(const CheckOptions &O, std::vector<std::string> &Argv) {
  for (const std::string &Arg : O.ExtraArgsBefore)
    Argv.push_back("--extra-arg-before=" + Arg);
  for (const std::string &Arg : O.ExtraArgs)
    Argv.push_back("--extra-arg=" + Arg);
}

std::vector<std::string> clangTidyArgv(const CheckPlan &Plan,
                                       const std::optional<std::string> &Checks,
                                       const std::string &Config,
                                       const std::string &File) {
  const CheckOptions &O = Plan.Options;
  std::vector<std::string> Argv = {O.ClangTidy, "--load=" + O.Plugin, "-p",
                                   Plan.Database.ToolDirectory, "--quiet"};
  if (Checks)
    Argv.push_back("--checks=" + *Checks);
  Argv.push_back(Config);
  // The exit code must mean "could not analyse", not "found something".
  Argv.push_back("--warnings-as-errors=-*");
  addExtraArgs(O, Argv);
  Argv.push_back(File);
  return Argv;
}

// --config replaces .clang-tidy files unless it inherits them.

std::string reportingConfig(const std::string &Store,
                            const std::string &FragmentDir) {
  std::string Summaries = Store.empty()
                              ? ""
                              : ", SummaryStore: " + yamlSingleQuoted(Store) +
                                    ", SummaryStoreMode: read";
  return "--config={InheritParentConfig: true, CheckOptions: "
         "{SarifOutputDir: " +
         yamlSingleQuoted(FragmentDir) + Summaries + "}}";
}

std::string summaryUpdateConfig(const std::string &Store) {
  return "--config={InheritParentConfig: true, CheckOptions: "
         "{SummaryStore: " +
         yamlSingleQuoted(Store) + ", SummaryStoreMode: update}}";
}

} // namespace clang::tidy::privacy::tool
