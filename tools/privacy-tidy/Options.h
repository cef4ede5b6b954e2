//===--- Options.h - The privacy-tidy command line --------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_OPTIONS_H
#define PRIVACY_TIDY_TOOLS_OPTIONS_H

#include <optional>
#include <string>
#include <vector>

#ifndef PRIVACY_TIDY_DEFAULT_CLANG_TIDY
#define PRIVACY_TIDY_DEFAULT_CLANG_TIDY "clang-tidy"
#endif

namespace clang::tidy::privacy::tool {

/// Parses "--name=value" / "--name value" / "-xVALUE" / "-x VALUE".
class ArgumentStream {
public:
  ArgumentStream(int Argc, char **Argv, int First);
  bool done() const { return Pos >= Args.size(); }
  const std::string &peek() const { return Args[Pos]; }
  std::string take() { return Args[Pos++]; }

  /// Whether the next argument is option \p Long (or \p Short) and, if it
  /// takes a value, reads it into \p Value.
  bool option(const char *Long, const char *Short, std::string &Value,
              std::optional<std::string> &Error);

  bool flag(const char *Long, const char *Short = nullptr);

private:
  std::vector<std::string> Args;
  size_t Pos = 0;
};

struct CheckOptions {
  std::string BuildPath;
  std::string Output = "privacy-tidy.sarif";
  unsigned Jobs = 0;
  unsigned ShardK = 1, ShardN = 1;
  std::string BaselinePath;
  std::string FailOn = "new";
  bool KeepGoing = false;
  std::optional<std::string> Checks;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  std::string ClangTidy = PRIVACY_TIDY_DEFAULT_CLANG_TIDY;
  std::string Plugin;
  std::string SourceRoot;
  std::string ProgressMode = "auto";
  bool Quiet = false;
  bool WholeProgram = false;
  unsigned SummaryPasses = 1;
  std::string SummaryStore;
  std::string Summarizer;
  std::vector<std::string> Files;
  // The configuration the user adds without writing into the tree
  // (UserConfiguration.h reads and checks it).
  std::vector<std::string> Models;        ///< --model, as given
  std::optional<std::string> Config;      ///< --config YAML
  std::string ConfigFile;                 ///< --config-file
  std::optional<std::string> HeaderFilter;
  bool KeepWarningFlags = false; ///< no -w for GCC databases
  bool StrictModels = false;     ///< run-wide: entries that match nothing
};

/// The arguments of 'privacy-tidy check'; an error message for a bad one.
std::optional<std::string> parseCheckOptions(ArgumentStream &Args,
                                             CheckOptions &O);

struct MergeOptions {
  std::string SourceRoot;
  std::string Output;
  std::vector<std::string> Inputs;
};

/// The arguments of 'privacy-tidy merge'; an error message for a bad one.
std::optional<std::string> parseMergeOptions(ArgumentStream &Args,
                                             MergeOptions &O);

} // namespace clang::tidy::privacy::tool

#endif
