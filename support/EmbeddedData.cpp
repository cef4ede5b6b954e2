//===--- EmbeddedData.cpp - Data files compiled into the binaries ---------===//

#include "EmbeddedData.h"

namespace clang::tidy::privacy {

namespace {
struct EmbeddedFile {
  const char *Name;
  const char *Text;
};
const EmbeddedFile EmbeddedFiles[] = {
#include "privacy/EmbeddedData.inc"
};
} // namespace

std::string_view embeddedFile(std::string_view Name) {
  for (const EmbeddedFile &F : EmbeddedFiles)
    if (Name == F.Name)
      return F.Text;
  return {};
}

std::vector<std::string_view> embeddedFiles(std::string_view Prefix) {
  std::vector<std::string_view> Result;
  for (const EmbeddedFile &F : EmbeddedFiles)
    if (std::string_view(F.Name).substr(0, Prefix.size()) == Prefix)
      Result.push_back(F.Name);
  return Result;
}

} // namespace clang::tidy::privacy
