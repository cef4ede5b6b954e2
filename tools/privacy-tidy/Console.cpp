//===--- Console.cpp - What privacy-tidy tells its user -------------------===//

#include "Console.h"

#include "support/Paths.h"

#include <iostream>
#include <optional>

namespace clang::tidy::privacy::tool {

int error(const std::string &Message) {
  std::cerr << "privacy-tidy: error: " << Message << "\n";
  return ExitError;
}

int interruptedExit() {
  std::cerr << "privacy-tidy: interrupted; no report written\n";
  return ExitInterrupted;
}

std::string displayPath(const std::string &Path) {
  if (std::optional<std::string> Relative =
          relativePath(Path, currentDirectory()))
    return *Relative;
  return Path;
}

} // namespace clang::tidy::privacy::tool
