//===--- Console.h - What privacy-tidy tells its user -----------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_CONSOLE_H
#define PRIVACY_TIDY_TOOLS_CONSOLE_H

#include <nlohmann/json.hpp>

#include <string>

namespace clang::tidy::privacy::tool {

enum ExitCode {
  ExitClean = 0,
  ExitFindings = 1,
  ExitError = 2,
  ExitInterrupted = 130 ///< 128 + SIGINT, as a shell reports it
};

/// Prints "privacy-tidy: error: \p Message"; returns ExitError.
int error(const std::string &Message);

/// Says that SIGINT or SIGTERM stopped the run; returns ExitInterrupted.
int interruptedExit();

/// A path as the user knows it: relative to the current directory if below.
std::string displayPath(const std::string &Path);

/// A SARIF physicalLocation as "path:line:column" for clang-tidy style
/// output: absolute, %SRCROOT% URIs resolved against \p Root.
std::string locationText(const nlohmann::json &Physical,
                         const std::string &Root);

} // namespace clang::tidy::privacy::tool

#endif
