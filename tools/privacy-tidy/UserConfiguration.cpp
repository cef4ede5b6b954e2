//===--- UserConfiguration.cpp - Configuration given on the command line --===//

#include "UserConfiguration.h"
#include "FileSystem.h"
#include "Options.h"

#include "support/Paths.h"

namespace clang::tidy::privacy::tool {

std::string inheritingParentConfig(const std::string &Yaml) {
  if (Yaml.find("InheritParentConfig") != std::string::npos)
    return Yaml;
  size_t First = Yaml.find_first_not_of(" \t\r\n");
  if (First == std::string::npos)
    return "{InheritParentConfig: true}";
  if (Yaml[First] == '{') // a flow mapping: the key goes inside it
    return Yaml.substr(0, First + 1) + "InheritParentConfig: true, " +
           Yaml.substr(First + 1);
  // A block mapping, after a document start marker if there is one.
  if (Yaml.compare(First, 3, "---") == 0) {
    size_t Eol = Yaml.find('\n', First);
    if (Eol == std::string::npos)
      return Yaml + "\nInheritParentConfig: true\n";
    return Yaml.substr(0, Eol + 1) + "InheritParentConfig: true\n" +
           Yaml.substr(Eol + 1);
  }
  return "InheritParentConfig: true\n" + Yaml;
}

std::optional<std::string> readUserConfiguration(const CheckOptions &O,
                                                 UserConfiguration &Out) {
  if (O.Config && !O.ConfigFile.empty())
    return std::string("--config and --config-file exclude each other (as "
                       "in clang-tidy): give one");
  std::string Yaml;
  if (O.Config) {
    Yaml = *O.Config;
    Out.ConfigOrigin = "--config";
  } else if (!O.ConfigFile.empty()) {
    if (!fileExists(O.ConfigFile))
      return "--config-file '" + O.ConfigFile + "' does not exist";
    if (std::optional<std::string> Error = readWholeFile(O.ConfigFile, Yaml))
      return "--config-file '" + O.ConfigFile + "': " + *Error;
    Out.ConfigOrigin = "--config-file " + O.ConfigFile;
  }
  if (!Out.ConfigOrigin.empty())
    Out.ConfigArgument = "--config=" + inheritingParentConfig(Yaml);
  for (const std::string &Model : O.Models) {
    if (!fileExists(Model))
      return "--model '" + Model + "' does not exist or is not a file";
    // Relative to the current directory, where the user typed it.
    Out.ModelFiles.push_back(normalizePath(Model, currentDirectory()));
  }
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
