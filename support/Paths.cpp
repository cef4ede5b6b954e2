//===--- Paths.cpp - File paths, file URIs and atomic files ---------------===//

#include "Paths.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace clang::tidy::privacy {

std::string currentDirectory() {
  std::vector<char> Buffer(4096);
  while (!::getcwd(Buffer.data(), Buffer.size())) {
    if (errno != ERANGE)
      return "/";
    Buffer.resize(Buffer.size() * 2);
  }
  return Buffer.data();
}

std::string normalizePath(const std::string &Path, const std::string &Base) {
  std::string Full = Path;
  if (Full.empty() || Full[0] != '/')
    Full = (Base.empty() ? currentDirectory() : Base) + "/" + Full;
  std::vector<std::string> Segments;
  size_t Pos = 0;
  while (Pos <= Full.size()) {
    size_t Next = Full.find('/', Pos);
    if (Next == std::string::npos)
      Next = Full.size();
    std::string Segment = Full.substr(Pos, Next - Pos);
    if (Segment == "..") {
      if (!Segments.empty())
        Segments.pop_back();
    } else if (!Segment.empty() && Segment != ".") {
      Segments.push_back(Segment);
    }
    Pos = Next + 1;
  }
  std::string Result;
  for (const std::string &Segment : Segments)
    Result += "/" + Segment;
  return Result.empty() ? "/" : Result;
}

std::string baseName(const std::string &Path) {
  size_t Slash = Path.rfind('/');
  return Slash == std::string::npos ? Path : Path.substr(Slash + 1);
}

std::string parentDirectory(const std::string &Path) {
  size_t Slash = Path.rfind('/');
  if (Slash == std::string::npos)
    return ".";
  return Slash == 0 ? "/" : Path.substr(0, Slash);
}

std::optional<std::string> relativePath(const std::string &Path,
                                        const std::string &Root) {
  if (Root == "/")
    return Path.size() > 1 ? std::optional<std::string>(Path.substr(1))
                           : std::nullopt;
  if (Path.size() <= Root.size() + 1 || Path.compare(0, Root.size(), Root) ||
      Path[Root.size()] != '/')
    return std::nullopt;
  return Path.substr(Root.size() + 1);
}

std::string commonAncestor(const std::string &A, const std::string &B) {
  std::string Result = A;
  while (Result != "/" && Result != B && !relativePath(B, Result))
    Result = parentDirectory(Result);
  return Result;
}

std::optional<std::string> findGitWorkTree(const std::string &Directory) {
  std::string Dir = Directory;
  for (;;) {
    struct stat St;
    // ".git" is a directory in a clone and a file in a worktree/submodule.
    if (::stat((Dir == "/" ? std::string("/.git") : Dir + "/.git").c_str(),
               &St) == 0)
      return Dir;
    if (Dir == "/")
      return std::nullopt;
    Dir = parentDirectory(Dir);
  }
}

static bool isSegmentChar(unsigned char C) {
  // RFC 3986 pchar minus the sub-delimiters that confuse naive consumers:
  // unreserved, plus '@', ':' is escaped so a first segment never reads as a
  // scheme.
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
         (C >= '0' && C <= '9') || C == '-' || C == '.' || C == '_' ||
         C == '~' || C == '@' || C == '+' || C == '=' || C == ',';
}

std::string encodeUriPath(const std::string &Path) {
  static const char Hex[] = "0123456789ABCDEF";
  std::string Out;
  for (unsigned char C : Path) {
    if (C == '/' || isSegmentChar(C)) {
      Out += static_cast<char>(C);
    } else {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    }
  }
  return Out;
}

std::string fileUri(const std::string &AbsolutePath, bool IsDirectory) {
  std::string Uri = "file://" + encodeUriPath(AbsolutePath);
  if (IsDirectory && Uri.back() != '/')
    Uri += '/';
  return Uri;
}

static int hexValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'f')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'F')
    return C - 'A' + 10;
  return -1;
}

std::optional<std::string> decodeUriPath(const std::string &Uri) {
  std::string Out;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] != '%') {
      Out += Uri[I];
      continue;
    }
    if (I + 2 >= Uri.size())
      return std::nullopt;
    int High = hexValue(Uri[I + 1]), Low = hexValue(Uri[I + 2]);
    if (High < 0 || Low < 0)
      return std::nullopt;
    Out += static_cast<char>(High * 16 + Low);
    I += 2;
  }
  return Out;
}

std::optional<std::string> filePathFromUri(const std::string &Uri) {
  static const std::string Scheme = "file://";
  if (Uri.compare(0, Scheme.size(), Scheme))
    return std::nullopt;
  std::string Rest = Uri.substr(Scheme.size());
  // "file:///x" has an empty authority; "file://localhost/x" names this host.
  if (Rest.compare(0, 9, "localhost") == 0)
    Rest = Rest.substr(9);
  if (Rest.empty() || Rest[0] != '/')
    return std::nullopt;
  std::optional<std::string> Path = decodeUriPath(Rest);
  if (!Path)
    return std::nullopt;
  return normalizePath(*Path);
}

std::optional<std::string> readWholeFile(const std::string &Path,
                                         std::string &Content) {
  int Fd = ::open(Path.c_str(), O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return "cannot open '" + Path + "': " + std::strerror(errno);
  struct stat St;
  if (::fstat(Fd, &St) == 0 && S_ISDIR(St.st_mode)) {
    ::close(Fd);
    return "cannot read '" + Path + "': it is a directory";
  }
  Content.clear();
  char Buffer[65536];
  for (;;) {
    ssize_t N = ::read(Fd, Buffer, sizeof(Buffer));
    if (N < 0) {
      if (errno == EINTR)
        continue;
      std::string Error = "cannot read '" + Path + "': " + std::strerror(errno);
      ::close(Fd);
      return Error;
    }
    if (N == 0)
      break;
    Content.append(Buffer, static_cast<size_t>(N));
  }
  ::close(Fd);
  return std::nullopt;
}

static std::string temporaryNameFor(const std::string &Path) {
  // Unique per process and call, hidden so directory scans skip it.
  static std::atomic<unsigned> Counter{0};
  return parentDirectory(Path) + "/." + baseName(Path) + ".tmp." +
         std::to_string(::getpid()) + "." + std::to_string(Counter++);
}

static std::optional<std::string> writeAll(int Fd, const std::string &Content) {
  size_t Done = 0;
  while (Done < Content.size()) {
    ssize_t N = ::write(Fd, Content.data() + Done, Content.size() - Done);
    if (N < 0) {
      if (errno == EINTR)
        continue;
      return std::string(std::strerror(errno));
    }
    Done += static_cast<size_t>(N);
  }
  return std::nullopt;
}

std::optional<std::string> writeFileAtomically(const std::string &Path,
                                               const std::string &Content,
                                               bool Sync) {
  std::string Temp = temporaryNameFor(Path);
  int Fd = ::open(Temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (Fd < 0)
    return "cannot write '" + Path + "': " + std::strerror(errno);
  std::optional<std::string> Error = writeAll(Fd, Content);
  if (!Error && Sync && ::fsync(Fd) != 0 && errno != EINVAL)
    Error = std::string(std::strerror(errno));
  if (::close(Fd) != 0 && !Error)
    Error = std::string(std::strerror(errno));
  if (!Error && ::rename(Temp.c_str(), Path.c_str()) != 0)
    Error = std::string(std::strerror(errno));
  if (Error) {
    ::unlink(Temp.c_str());
    return "cannot write '" + Path + "': " + *Error;
  }
  return std::nullopt;
}

std::optional<std::string> createDirectories(const std::string &Directory) {
  std::string Dir = normalizePath(Directory);
  struct stat St;
  if (::stat(Dir.c_str(), &St) == 0) {
    if (S_ISDIR(St.st_mode))
      return std::nullopt;
    return "cannot create directory '" + Directory + "': a file is in the way";
  }
  if (Dir != "/") {
    if (std::optional<std::string> Error =
            createDirectories(parentDirectory(Dir)))
      return Error;
  }
  if (::mkdir(Dir.c_str(), 0777) != 0 && errno != EEXIST)
    return "cannot create directory '" + Directory +
           "': " + std::strerror(errno);
  return std::nullopt;
}

std::optional<std::string> checkWritable(const std::string &Path) {
  struct stat St;
  if (::stat(Path.c_str(), &St) == 0 && S_ISDIR(St.st_mode))
    return "cannot write '" + Path + "': it is a directory";
  std::string Dir = parentDirectory(normalizePath(Path));
  if (::stat(Dir.c_str(), &St) != 0)
    return "cannot write '" + Path + "': directory '" + Dir +
           "' does not exist";
  if (!S_ISDIR(St.st_mode))
    return "cannot write '" + Path + "': '" + Dir + "' is not a directory";
  std::string Temp = temporaryNameFor(normalizePath(Path));
  int Fd = ::open(Temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (Fd < 0)
    return "cannot write '" + Path + "': " + std::strerror(errno);
  ::close(Fd);
  ::unlink(Temp.c_str());
  return std::nullopt;
}

} // namespace clang::tidy::privacy
