//===--- UserConfiguration.h - Configuration given on the command line ----===//
//
// What a user adds to the project's configuration for one run, without
// writing into the tree: model files, a clang-tidy configuration merged over
// the project's .clang-tidy files, a header filter. Read and checked before
// any process starts.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_USERCONFIGURATION_H
#define PRIVACY_TIDY_TOOLS_USERCONFIGURATION_H

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

struct CheckOptions;

struct UserConfiguration {
  /// The --config argument for clang-tidy and the summarizer: the user's
  /// YAML (from --config or --config-file) with InheritParentConfig: true,
  /// unless it says otherwise; empty without one.
  std::string ConfigArgument;
  /// Where the configuration came from, for messages: "--config" or the file.
  std::string ConfigOrigin;
  std::vector<std::string> ModelFiles; ///< --model files, absolute
};

/// Reads --config, --config-file and --model of \p O; an error names the
/// option and the file.
std::optional<std::string> readUserConfiguration(const CheckOptions &O,
                                                 UserConfiguration &Out);

/// \p Yaml with "InheritParentConfig: true" added, unless it sets the key:
/// clang-tidy's --config replaces the .clang-tidy files, and merges over
/// them only with that key.
std::string inheritingParentConfig(const std::string &Yaml);

} // namespace clang::tidy::privacy::tool

#endif
