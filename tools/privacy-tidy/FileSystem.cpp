//===--- FileSystem.cpp - Files privacy-tidy looks for or makes -----------===//

#include "FileSystem.h"

#include "support/Paths.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <ftw.h>
#include <iostream>
#include <sys/statvfs.h>
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

namespace {

const char TemporaryPrefix[] = "privacy-tidy.";
const char OwnerFile[] = "owner";

/// When process \p Pid started (clock ticks after boot, /proc/PID/stat
/// field 22); empty when there is no such process.
std::string processStartTime(long Pid) {
  std::string Stat;
  if (readWholeFile("/proc/" + std::to_string(Pid) + "/stat", Stat))
    return "";
  size_t Paren = Stat.rfind(')');
  if (Paren == std::string::npos)
    return "";
  // Fields after the command: state is field 3, starttime field 22.
  size_t Pos = Paren + 1;
  for (int Field = 3; Field <= 22; ++Field) {
    size_t Start = Stat.find_first_not_of(' ', Pos);
    if (Start == std::string::npos)
      return "";
    size_t End = Stat.find(' ', Start);
    if (Field == 22)
      return Stat.substr(Start, End - Start);
    Pos = End;
  }
  return "";
}

/// "PID STARTTIME" of this process.
std::string ownerRecord() {
  long Pid = static_cast<long>(::getpid());
  return std::to_string(Pid) + " " + processStartTime(Pid) + "\n";
}

/// Whether the run that wrote \p Owner ("PID STARTTIME") is gone.
bool ownerIsGone(const std::string &Owner) {
  size_t Space = Owner.find(' ');
  if (Space == std::string::npos)
    return false;
  long Pid = std::strtol(Owner.c_str(), nullptr, 10);
  if (Pid <= 0)
    return false;
  std::string Started = Owner.substr(Space + 1);
  while (!Started.empty() && (Started.back() == '\n' || Started.back() == ' '))
    Started.pop_back();
  std::string Now = processStartTime(Pid);
  return Now.empty() || Now != Started; // gone, or the pid was reused
}

} // namespace

bool fileSystemFull(const std::string &Path) {
  struct statvfs St;
  if (::statvfs(Path.c_str(), &St) != 0)
    return false;
  // Root may use the blocks reserved for it.
  unsigned long long Blocks = ::geteuid() == 0 ? St.f_bfree : St.f_bavail;
  return Blocks * St.f_frsize < 1024 * 1024 || St.f_favail == 0;
}

std::string temporarySpaceAdvice(const std::string &Dir, int Errno) {
  if (Errno != ENOSPC && Errno != EDQUOT && !fileSystemFull(Dir))
    return "";
  return " (the file system of " + Dir +
         " is full: free space there, or set TMPDIR to a directory with "
         "free space)";
}

std::vector<std::string> removeStaleTemporaryDirectories(const std::string &Base) {
  std::vector<std::string> Removed;
  DIR *Dir = ::opendir(Base.c_str());
  if (!Dir)
    return Removed;
  std::vector<std::string> Candidates;
  while (struct dirent *Entry = ::readdir(Dir)) {
    std::string Name = Entry->d_name;
    if (Name.rfind(TemporaryPrefix, 0) == 0)
      Candidates.push_back(Base + "/" + Name);
  }
  ::closedir(Dir);
  for (const std::string &Path : Candidates) {
    struct stat St;
    if (::lstat(Path.c_str(), &St) != 0 || !S_ISDIR(St.st_mode) ||
        St.st_uid != ::getuid())
      continue;
    // Only a directory whose owner record names a process that is gone:
    // one without a record may belong to a run that is just starting.
    std::string Owner;
    if (readWholeFile(Path + "/" + OwnerFile, Owner) || !ownerIsGone(Owner))
      continue;
    ::nftw(Path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
    Removed.push_back(Path);
  }
  return Removed;
}

std::optional<std::string> TemporaryDirectory::create() {
  const char *Env = std::getenv("TMPDIR");
  std::string Base = Env && *Env ? Env : "/tmp";
  // A run killed with SIGKILL could not remove its directory.
  for (const std::string &Stale : removeStaleTemporaryDirectories(Base))
    std::cerr << "privacy-tidy: removed the temporary directory of a run "
                 "that was killed: "
              << Stale << "\n";
  std::string Template = Base + "/" + TemporaryPrefix + "XXXXXX";
  std::vector<char> Buffer(Template.begin(), Template.end());
  Buffer.push_back('\0');
  if (!::mkdtemp(Buffer.data()))
    return "cannot create a temporary directory under " + Base + ": " +
           std::strerror(errno) + temporarySpaceAdvice(Base, errno);
  Path = Buffer.data();
  if (std::optional<std::string> Error = writeFileAtomically(
          Path + "/" + OwnerFile, ownerRecord(), /*Sync=*/false))
    return "cannot use the temporary directory " + Path + ": " + *Error +
           temporarySpaceAdvice(Base, ENOSPC);
  return std::nullopt;
}

TemporaryDirectory::~TemporaryDirectory() {
  if (!Path.empty())
    ::nftw(Path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}

} // namespace clang::tidy::privacy::tool
