//===--- CompileDatabase.cpp - The translation units to analyse -----------===//

#include "CompileDatabase.h"

#include "support/JsonSyntax.h"
#include "support/Paths.h"

#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/StringSaver.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sys/stat.h>

namespace clang::tidy::privacy::tool {

using nlohmann::json;

std::vector<std::string> commandArguments(const json &Entry) {
  std::vector<std::string> Args;
  if (const auto It = Entry.find("arguments");
      It != Entry.end() && It->is_array()) {
    for (const json &A : *It)
      if (A.is_string())
        Args.push_back(A.get<std::string>());
    return Args;
  }
  const auto It = Entry.find("command");
  if (It == Entry.end() || !It->is_string())
    return Args;
  // The quoting JSONCompilationDatabase itself accepts.
  llvm::BumpPtrAllocator Alloc;
  llvm::StringSaver Saver(Alloc);
  llvm::SmallVector<const char *, 64> Tokens;
  llvm::cl::TokenizeGNUCommandLine(It->get<std::string>(), Saver, Tokens);
  for (const char *T : Tokens)
    Args.emplace_back(T);
  return Args;
}

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
  json Entries = json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Entries.is_discarded())
    return describeJsonSyntaxError(File, Text,
                                   "malformed compilation database");
  if (!Entries.is_array())
    return File + ": malformed compilation database: expected a JSON array "
                  "of compile commands";
  if (Entries.empty())
    return File + ": the compilation database is empty: there is no "
                  "translation unit to analyse";
  std::set<std::string> Files;
  bool Relative = false;
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
    if (Entry["directory"].get<std::string>()[0] != '/') {
      Relative = true;
      Entries[I]["directory"] = Directory;
    }
    Files.insert(normalizePath(Entry["file"].get<std::string>(), Directory));
  }
  Out.Directory = Dir;
  Out.ToolDirectory = Dir;
  Out.Path = File;
  Out.Entries = std::move(Entries);
  Out.Changed = Relative;
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
