//===--- CompileDatabase.h - The translation units to analyse ---*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_COMPILEDATABASE_H
#define PRIVACY_TIDY_TOOLS_COMPILEDATABASE_H

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// What privacy-tidy needs from compile_commands.json: its location and the
/// distinct source files (clang-tidy reads the commands itself).
struct CompileDatabase {
  std::string Directory; ///< the directory of compile_commands.json
  std::string Path;      ///< the compile_commands.json file
  std::vector<std::string> Files; ///< normalised absolute paths, sorted, unique
  /// What to pass to clang-tidy -p: Directory, or the directory of a copy
  /// of the database whose 'directory' entries are absolute.
  std::string ToolDirectory;
  /// The entries, every relative 'directory' made absolute (relative to the
  /// database file): Clang's JSONCompilationDatabase would keep them
  /// relative, find no command for an absolute file name and skip the file.
  nlohmann::json Entries;
  /// Whether Entries differ from the file (a directory made absolute, an
  /// option clang rejects removed): clang-tidy then reads a copy.
  bool Changed = false;
};

/// The arguments of compile command \p Entry (its 'arguments', or its
/// 'command' split as a shell would).
std::vector<std::string> commandArguments(const nlohmann::json &Entry);

/// Loads \p BuildPath/compile_commands.json (or \p BuildPath itself when it
/// names the file). Errors say which file and which entry is wrong.
std::optional<std::string> loadCompileDatabase(const std::string &BuildPath,
                                               CompileDatabase &Out);

/// Keeps the files named on the command line: a file must be in the
/// database; a directory selects every database file below it.
std::optional<std::string>
selectFiles(const CompileDatabase &Database,
            const std::vector<std::string> &Requested,
            std::vector<std::string> &Out);

/// Shard \p K of \p N (1-based) of the sorted file list: every N-th file
/// starting at K-1. Deterministic, and the shards partition the list.
std::vector<std::string> selectShard(const std::vector<std::string> &Files,
                                     unsigned K, unsigned N);

} // namespace clang::tidy::privacy::tool

#endif
