//===--- Options.h - The privacy-tidy command line --------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_OPTIONS_H
#define PRIVACY_TIDY_TOOLS_OPTIONS_H

#include <functional>
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
  std::string HtmlOutput; ///< --html: the auditor's report, when set
  unsigned Jobs = 0;
  unsigned ShardK = 1, ShardN = 1;
  std::string BaselinePath;
  std::string RegisterBaseline; ///< a declared register: the drift gate
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
  std::string Today; ///< waiver expiry reference date; resolved when parsed
  bool RequireJustification = false;
  std::string GithubSarif;     ///< code-scanning upload log, or ""
  std::string SummaryMarkdown; ///< Markdown summary of new findings, or ""
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

/// A command's own options on top of check's (privacy-tidy register):
/// whether the next argument is one, with a bad value as \p Error.
using ExtraOptions =
    std::function<bool(ArgumentStream &, std::optional<std::string> &Error)>;

/// The arguments of 'privacy-tidy check' (and \p Extra); an error message
/// for a bad one. -p is required unless \p Extra is given (its command
/// decides).
std::optional<std::string> parseCheckOptions(ArgumentStream &Args,
                                             CheckOptions &O,
                                             const ExtraOptions &Extra = {});

struct MergeOptions {
  std::string SourceRoot;
  std::string Output;
  std::vector<std::string> Inputs;
};

/// The arguments of 'privacy-tidy merge'; an error message for a bad one.
std::optional<std::string> parseMergeOptions(ArgumentStream &Args,
                                             MergeOptions &O);

struct LspOptions {
  std::string BuildPath;    ///< empty: found from each file
  std::string SummaryStore; ///< read, never written
  std::string ClangTidy;    ///< empty: check's default
  std::string Plugin;       ///< empty: the one matching the clang-tidy
  std::optional<std::string> Checks;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  /// Tests only: the first analysis waits, its process running, until a
  /// change cancels it, so the cancellation is observed deterministically.
  bool HoldFirstAnalysis = false;
};

/// The arguments of 'privacy-tidy lsp'; an error message for a bad one.
std::optional<std::string> parseLspOptions(ArgumentStream &Args,
                                           LspOptions &O);

struct ConvertOptions {
  std::string Profile;
  std::string Input, Output;
  std::string SummaryMarkdown; ///< Markdown summary of new findings, or ""
  std::optional<size_t> MaxUploadBytes; ///< gzipped size limit, else GitHub's
};

/// The arguments of 'privacy-tidy convert'; an error message for a bad one.
std::optional<std::string> parseConvertOptions(ArgumentStream &Args,
                                               ConvertOptions &O);

} // namespace clang::tidy::privacy::tool

#endif
