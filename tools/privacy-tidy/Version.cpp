//===--- Version.cpp - --version, and the plugin for a clang-tidy ---------===//

#include "Version.h"
#include "FileSystem.h"
#include "Options.h"
#include "Runner.h"

#include "support/BuildInfo.h"
#include "support/Paths.h"

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <map>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace clang::tidy::privacy::tool {

namespace {

/// The standard output of \p Argv (no shell), at most 64 KiB.
std::string captureOutput(const std::vector<std::string> &Argv) {
  int Pipe[2];
  if (::pipe(Pipe) != 0)
    return "";
  pid_t Pid = ::fork();
  if (Pid < 0) {
    ::close(Pipe[0]);
    ::close(Pipe[1]);
    return "";
  }
  if (Pid == 0) {
    ::dup2(Pipe[1], 1);
    int Null = ::open("/dev/null", O_WRONLY);
    if (Null >= 0)
      ::dup2(Null, 2);
    ::close(Pipe[0]);
    ::close(Pipe[1]);
    std::vector<char *> Args;
    for (const std::string &A : Argv)
      Args.push_back(const_cast<char *>(A.c_str()));
    Args.push_back(nullptr);
    ::execvp(Args[0], Args.data());
    ::_exit(127);
  }
  ::close(Pipe[1]);
  std::string Out;
  char Buffer[4096];
  ssize_t N;
  while ((N = ::read(Pipe[0], Buffer, sizeof(Buffer))) > 0 &&
         Out.size() < 65536)
    Out.append(Buffer, static_cast<size_t>(N));
  ::close(Pipe[0]);
  int Status;
  ::waitpid(Pid, &Status, 0);
  return Out;
}

unsigned majorOf(const std::string &Version) {
  return static_cast<unsigned>(std::atoi(Version.c_str()));
}

/// The install prefix if this executable is <prefix>/bin/privacy-tidy.
std::string prefixDirectory() {
  return normalizePath(executableDirectory() + "/..");
}

std::string installedPlugin(unsigned Major) {
  return prefixDirectory() + "/lib/privacy-tidy/PrivacyTidy-" +
         std::to_string(Major) + ".so";
}

/// Majors N of the installed lib/privacy-tidy/PrivacyTidy-N.so, newest first.
std::vector<unsigned> installedPluginMajors() {
  std::vector<unsigned> Majors;
  std::string Dir = prefixDirectory() + "/lib/privacy-tidy";
  if (DIR *D = ::opendir(Dir.c_str())) {
    while (const dirent *E = ::readdir(D)) {
      std::string Name = E->d_name;
      const std::string Pre = "PrivacyTidy-", Suf = ".so";
      if (Name.size() > Pre.size() + Suf.size() && Name.rfind(Pre, 0) == 0 &&
          Name.compare(Name.size() - Suf.size(), Suf.size(), Suf) == 0)
        if (unsigned M = majorOf(Name.substr(Pre.size())))
          Majors.push_back(M);
    }
    ::closedir(D);
  }
  std::sort(Majors.rbegin(), Majors.rend());
  return Majors;
}

/// The major a clang-tidy reports, or this build's when it says none.
unsigned targetMajor(const std::string &ClangTidy, std::string &Note) {
  std::string Version = clangTidyVersion(ClangTidy);
  if (unsigned M = majorOf(Version))
    return M;
  Note = "; clang-tidy '" + ClangTidy +
         "' reported no version, assuming LLVM " +
         std::to_string(buildLLVMMajor());
  return buildLLVMMajor();
}

/// The description a privacy-tidy binary carries ("privacy-tidy 0.1.0 (git
/// ..., LLVM 19.1.7)"), read from the file; empty if none.
std::string embeddedDescription(const std::string &Binary) {
  std::ifstream In(Binary, std::ios::binary);
  std::string Bytes((std::istreambuf_iterator<char>(In)),
                    std::istreambuf_iterator<char>());
  size_t At = Bytes.find(BuildMarkerPrefix);
  if (At == std::string::npos)
    return "";
  At += 4; // "@(#)"
  size_t End = Bytes.find('\0', At);
  return Bytes.substr(At, End == std::string::npos ? 0 : End - At);
}

} // namespace

std::string clangTidyVersion(const std::string &ClangTidy) {
  static std::map<std::string, std::string> Cache;
  auto [It, New] = Cache.try_emplace(ClangTidy);
  if (!New)
    return It->second;
  if (!isExecutable(ClangTidy))
    return "";
  // "Debian LLVM version 19.1.7", "LLVM version 22.1.8git"
  std::string Out = captureOutput({ClangTidy, "--version"});
  size_t At = Out.find("LLVM version ");
  if (At == std::string::npos)
    return "";
  At += 13;
  size_t End = Out.find_first_not_of("0123456789.", At);
  return It->second = Out.substr(At, End == std::string::npos
                                         ? std::string::npos
                                         : End - At);
}

Choice selectPlugin(const std::string &ClangTidy) {
  std::string Note;
  unsigned Major = targetMajor(ClangTidy, Note);
  std::string Installed = installedPlugin(Major);
  if (fileExists(Installed))
    return {Installed, "installed plugin for clang-tidy " +
                           std::to_string(Major) + Note};
  std::string BuildTree =
      normalizePath(executableDirectory() + "/../../plugin/PrivacyTidy.so");
  if (fileExists(BuildTree)) {
    std::string Reason = "build tree plugin, built for LLVM " +
                         std::to_string(buildLLVMMajor());
    if (Major != buildLLVMMajor())
      Reason += ", but clang-tidy is " + std::to_string(Major) +
                ": it will not load (use --plugin, or build with "
                "-DPRIVACY_TIDY_LLVM_VERSION=" + std::to_string(Major) + ")";
    return {BuildTree, Reason + Note};
  }
  std::string Unversioned = prefixDirectory() + "/lib/privacy-tidy/PrivacyTidy.so";
  if (fileExists(Unversioned))
    return {Unversioned, "installed plugin without an LLVM version" + Note};
  // Not found: name the file that would fit, so the error says what to install.
  return {Installed, "no plugin for clang-tidy " + std::to_string(Major) +
                         " is installed (privacy-tidy-llvm" +
                         std::to_string(Major) + ")" + Note};
}

Choice selectSummarizer(const std::string &ClangTidy) {
  std::string Dir = executableDirectory();
  // Ask clang-tidy only where versioned summarizers are installed.
  if (!installedPluginMajors().empty()) {
    std::string Note;
    unsigned Major = targetMajor(ClangTidy, Note);
    std::string Versioned = normalizePath(Dir + "/privacy-tidy-summarize-" +
                                          std::to_string(Major));
    if (fileExists(Versioned))
      return {Versioned, "installed, for clang-tidy " + std::to_string(Major)};
  }
  std::string Unversioned = normalizePath(Dir + "/privacy-tidy-summarize");
  if (fileExists(Unversioned))
    return {Unversioned, "installed beside privacy-tidy"};
  return {normalizePath(Dir + "/../summarize/privacy-tidy-summarize"),
          "build tree"};
}

std::string resolveDefaultClangTidy(const std::string &Configured) {
  if (Configured != PRIVACY_TIDY_DEFAULT_CLANG_TIDY || isExecutable(Configured))
    return Configured;
  for (unsigned Major : installedPluginMajors()) {
    std::string Candidate = "clang-tidy-" + std::to_string(Major);
    if (isExecutable(Candidate))
      return Candidate;
  }
  return Configured;
}

int printVersion(int Argc, char **Argv, std::ostream &OS) {
  std::string ClangTidy = resolveDefaultClangTidy(PRIVACY_TIDY_DEFAULT_CLANG_TIDY);
  std::string Plugin;
  for (int I = 2; I + 1 < Argc; I += 2) {
    std::string Opt = Argv[I];
    if (Opt == "--clang-tidy")
      ClangTidy = Argv[I + 1];
    else if (Opt == "--plugin")
      Plugin = Argv[I + 1];
  }
  OS << buildDescription() << "\n";
  std::string Version = clangTidyVersion(ClangTidy);
  OS << "clang-tidy: " << ClangTidy << " ("
     << (Version.empty() ? "not found or no version" : "LLVM " + Version)
     << ")\n";
  Choice P = Plugin.empty() ? selectPlugin(ClangTidy)
                            : Choice{Plugin, "given with --plugin"};
  std::string Built = fileExists(P.Path) ? embeddedDescription(P.Path) : "";
  OS << "plugin: " << P.Path << " ("
     << (fileExists(P.Path) ? (Built.empty() ? "no version marker" : Built)
                            : "missing")
     << "; " << P.Reason << ")\n";
  Choice S = selectSummarizer(ClangTidy);
  OS << "summarizer: " << S.Path << " ("
     << (fileExists(S.Path) ? S.Reason : "missing") << ")\n";
  return 0;
}

} // namespace clang::tidy::privacy::tool
