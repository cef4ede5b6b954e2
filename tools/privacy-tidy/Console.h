//===--- Console.h - What privacy-tidy tells its user -----------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_CONSOLE_H
#define PRIVACY_TIDY_TOOLS_CONSOLE_H

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

} // namespace clang::tidy::privacy::tool

#endif
