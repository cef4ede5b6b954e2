//===--- FileSystem.h - Files privacy-tidy looks for or makes ---*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_FILESYSTEM_H
#define PRIVACY_TIDY_TOOLS_FILESYSTEM_H

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// Whether \p Path is a regular file.
bool fileExists(const std::string &Path);

/// The directory of the running executable (the current one if unknown).
std::string executableDirectory();

/// Whether the file system of \p Path has (next to) no space left.
bool fileSystemFull(const std::string &Path);

/// A sentence for an error about writing below \p Dir: that its file
/// system is full, when \p Errno or the file system says so; else empty.
std::string temporarySpaceAdvice(const std::string &Dir, int Errno = 0);

/// Removes the directories of earlier runs under \p Base whose process is
/// gone (killed with SIGKILL: no exit path ran); returns their paths.
std::vector<std::string> removeStaleTemporaryDirectories(const std::string &Base);

/// A private directory for the fragments, removed on every exit path. It
/// records its owner ("PID STARTTIME" in the file 'owner'), so a later run
/// can tell a directory left by a killed run from one in use.
class TemporaryDirectory {
public:
  TemporaryDirectory() = default;
  TemporaryDirectory(const TemporaryDirectory &) = delete;
  TemporaryDirectory &operator=(const TemporaryDirectory &) = delete;
  ~TemporaryDirectory();

  /// Creates the directory under $TMPDIR (or /tmp); an error message if not.
  std::optional<std::string> create();
  const std::string &path() const { return Path; }

private:
  std::string Path;
};

} // namespace clang::tidy::privacy::tool

#endif
