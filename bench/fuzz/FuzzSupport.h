//===--- FuzzSupport.h - What the libFuzzer harnesses share -----*- C++ -*-===//
//
// Some readers take a path, not a buffer (the SARIF reader, the compilation
// database loader, the summary store): the harness writes the input to a
// file in a private temporary directory, made once per process.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_BENCH_FUZZ_FUZZSUPPORT_H
#define PRIVACY_TIDY_BENCH_FUZZ_FUZZSUPPORT_H

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace privacy_fuzz {

/// A directory of this process, removed by nobody: libFuzzer exits with
/// _exit, and the files are small. TMPDIR is honoured.
inline const std::string &scratchDirectory() {
  static const std::string Dir = [] {
    const char *Tmp = std::getenv("TMPDIR");
    std::string Template = std::string(Tmp && *Tmp ? Tmp : "/tmp") +
                           "/privacy-fuzz-XXXXXX";
    if (!mkdtemp(Template.data())) {
      std::perror("privacy-fuzz: mkdtemp");
      std::abort();
    }
    return Template;
  }();
  return Dir;
}

/// Writes \p Data to \p Path (replacing it); aborts on I/O errors, which are
/// the harness's, not the code under test's.
inline void writeInput(const std::string &Path, const uint8_t *Data,
                       size_t Size) {
  FILE *F = std::fopen(Path.c_str(), "wb");
  if (!F || (Size && std::fwrite(Data, 1, Size, F) != Size) ||
      std::fclose(F) != 0) {
    std::perror(("privacy-fuzz: " + Path).c_str());
    std::abort();
  }
}

inline void makeDirectories(const std::string &Path) {
  for (size_t Slash = Path.find('/', 1); ; Slash = Path.find('/', Slash + 1)) {
    ::mkdir(Path.substr(0, Slash).c_str(), 0777);
    if (Slash == std::string::npos)
      return;
  }
}

} // namespace privacy_fuzz

#endif
