//===--- FileSystem.h - Files privacy-tidy looks for or makes ---*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_FILESYSTEM_H
#define PRIVACY_TIDY_TOOLS_FILESYSTEM_H

#include <optional>
#include <string>

namespace clang::tidy::privacy::tool {

/// Whether \p Path is a regular file.
bool fileExists(const std::string &Path);

/// The directory of the running executable (the current one if unknown).
std::string executableDirectory();

/// A private directory for the fragments, removed on every exit path.
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
