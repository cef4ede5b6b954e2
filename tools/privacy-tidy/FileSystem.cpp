//===--- FileSystem.cpp - Files privacy-tidy looks for or makes -----------===//

#include "FileSystem.h"

#include "support/Paths.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace clang::tidy::privacy::tool {


bool fileExists(const std::string &Path) {
  struct stat St;
  return ::stat(Path.c_str(), &St) == 0 && S_ISREG(St.st_mode);
}

std::string executableDirectory() {
  char Buffer[4096];
  ssize_t N = ::readlink("/proc/self/exe", Buffer, sizeof(Buffer) - 1);
  if (N <= 0)
    return currentDirectory();
  Buffer[N] = '\0';
  return parentDirectory(Buffer);
}

namespace {

int removeEntry(const char *Path, const struct stat *, int, struct FTW *) {
  ::remove(Path);
  return 0;
}

} // namespace

std::optional<std::string> TemporaryDirectory::create() {
  const char *Base = std::getenv("TMPDIR");
  std::string Template =
      std::string(Base && *Base ? Base : "/tmp") + "/privacy-tidy.XXXXXX";
  std::vector<char> Buffer(Template.begin(), Template.end());
  Buffer.push_back('\0');
  if (!::mkdtemp(Buffer.data()))
    return "cannot create a temporary directory under " +
           parentDirectory(Template) + ": " + std::strerror(errno);
  Path = Buffer.data();
  return std::nullopt;
}

TemporaryDirectory::~TemporaryDirectory() {
  if (!Path.empty())
    ::nftw(Path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

} // namespace clang::tidy::privacy::tool
