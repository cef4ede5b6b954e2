//===--- CompileDatabase.cpp - The translation units to analyse -----------===//

#include "CompileDatabase.h"

#include "support/Paths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sys/stat.h>

namespace clang::tidy::privacy::tool {

using nlohmann::json;


std::optional<std::string> loadCompileDatabase(const std::string &BuildPath,
                                               CompileDatabase &Out) {
  struct stat St;
  if (::stat(BuildPath.c_str(), &St) != 0)
    return "build directory '" + BuildPath + "' does not exist";
  std::string Dir = normalizePath(BuildPath);
  std::string File = Dir + "/compile_commands.json";
  if (!S_ISDIR(St.st_mode)) {
    File = Dir;
    Dir = parentDirectory(Dir);
  } else if (::stat(File.c_str(), &St) != 0) {
    return "no compile_commands.json in '" + BuildPath +
           "' (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass "
           "-p the directory that has it)";
  }
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(File, Text))
    return Error;
  json Entries;
  try {
    Entries = json::parse(Text);
  } catch (const json::exception &E) { // parse_error, out_of_range ("1e400")
    return File + ": malformed compilation database: " + E.what();
  }
  if (!Entries.is_array())
    return File + ": malformed compilation database: expected a JSON array "
                  "of compile commands";
  std::set<std::string> Files;
  for (size_t I = 0; I < Entries.size(); ++I) {
    const json &Entry = Entries[I];
    std::string Where =
        File + ": entry " + std::to_string(I) + " (0-based)";
    if (!Entry.is_object())
      return Where + ": expected an object";
    for (const char *Key : {"directory", "file"})
      if (!Entry.contains(Key) || !Entry[Key].is_string() ||
          Entry[Key].get<std::string>().empty())
        return Where + ": missing string '" + Key + "'";
    bool HasCommand = Entry.contains("command") && Entry["command"].is_string();
    bool HasArguments =
        Entry.contains("arguments") && Entry["arguments"].is_array();
    if (!HasCommand && !HasArguments)
      return Where + ": needs 'command' (a string) or 'arguments' (an array)";
    std::string Directory =
        normalizePath(Entry["directory"].get<std::string>(), Dir);
    Files.insert(normalizePath(Entry["file"].get<std::string>(), Directory));
  }
  Out.Directory = Dir;
  Out.Path = File;
  Out.Files.assign(Files.begin(), Files.end());
  return std::nullopt;
}

std::optional<std::string>
selectFiles(const CompileDatabase &Database,
            const std::vector<std::string> &Requested,
            std::vector<std::string> &Out) {
  if (Requested.empty()) {
    Out = Database.Files;
    return std::nullopt;
  }
  std::set<std::string> Selected;
  for (const std::string &Name : Requested) {
    std::string Path = normalizePath(Name);
    bool Found = false;
    for (const std::string &File : Database.Files)
      if (File == Path || relativePath(File, Path)) {
        Selected.insert(File);
        Found = true;
      }
    if (!Found)
      return "'" + Name + "' is not in the compilation database " +
             Database.Path;
  }
  Out.assign(Selected.begin(), Selected.end());
  return std::nullopt;
}

std::vector<std::string> selectShard(const std::vector<std::string> &Files,
                                     unsigned K, unsigned N) {
  std::vector<std::string> Shard;
  for (size_t I = K - 1; I < Files.size(); I += N)
    Shard.push_back(Files[I]);
  return Shard;
}

} // namespace clang::tidy::privacy::tool
