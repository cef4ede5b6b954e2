//===--- Console.cpp - What privacy-tidy tells its user -------------------===//

#include "Console.h"

#include "sarif/LogBuilder.h"
#include "support/Paths.h"

#include <iostream>
#include <optional>

namespace clang::tidy::privacy::tool {

using namespace sarif;

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

std::string locationText(const json &Physical, const std::string &Root) {
  std::string Uri =
      Physical.value("/artifactLocation/uri"_json_pointer, std::string());
  std::string Path;
  if (Physical.value("/artifactLocation/uriBaseId"_json_pointer,
                     std::string()) == SourceRootId) {
    Path = normalizePath(decodeUriPath(Uri).value_or(Uri), Root);
  } else {
    Path = filePathFromUri(Uri).value_or(Uri);
  }
  long Line = Physical.value("/region/startLine"_json_pointer, 0L);
  long Column = Physical.value("/region/startColumn"_json_pointer, 0L);
  std::string Text = Path;
  if (Line > 0)
    Text += ":" + std::to_string(Line);
  if (Column > 0)
    Text += ":" + std::to_string(Column);
  return Text;
}

} // namespace clang::tidy::privacy::tool
