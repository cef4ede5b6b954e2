//===--- SarifLog.cpp - SARIF 2.1.0 logs of privacy findings --------------===//

#include "SarifLog.h"
#include "LogBuilder.h"
#include "support/Hash.h"
#include "support/Paths.h"

#include <atomic>
#include <ctime>
#include <unistd.h>

namespace clang::tidy::privacy::sarif {

std::string currentTimeUtc() {
  struct timespec Now;
  ::clock_gettime(CLOCK_REALTIME, &Now);
  struct tm Utc;
  ::gmtime_r(&Now.tv_sec, &Utc);
  char Buffer[40];
  size_t N = std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%dT%H:%M:%S", &Utc);
  std::snprintf(Buffer + N, sizeof(Buffer) - N, ".%03ldZ",
                static_cast<long>(Now.tv_nsec / 1000000));
  return Buffer;
}

std::optional<std::string>
renderTranslationUnitLog(const std::string &MainFile,
                         const std::vector<FindingRecord> &Findings,
                         const std::vector<ToolNotice> &ToolNotices,
                         const RunInfo &Run, std::string &Out,
                         const std::vector<ProcessingRecord> *Processing) {
  // Nothing may escape into clang-tidy, which is built without EH.
  try {
    std::string Error;
    const LegalPolicy *P = activePolicy(Error);
    if (!P)
      return Error;
    std::vector<Notice> Notices;
    for (const ToolNotice &N : ToolNotices)
      Notices.push_back({N, "analysis-notice"});
    SourceCache Sources;
    json Log;
    if (std::optional<std::string> Failure = buildTranslationUnitLog(
            *P, MainFile, Findings, Notices, Run, Sources, Log, Processing))
      return Failure;
    Out = serializeLog(Log);
    return std::nullopt;
  } catch (const std::exception &E) {
    return std::string("cannot build the SARIF log for '") + MainFile +
           "': " + E.what();
  } catch (...) {
    return "cannot build the SARIF log for '" + MainFile + "'";
  }
}

std::optional<std::string>
writeTranslationUnitFragment(const std::string &OutputDir,
                             const std::string &MainFile,
                             const std::vector<FindingRecord> &Findings,
                             const std::vector<ToolNotice> &Notices,
                             const RunInfo &Run,
                             const std::vector<ProcessingRecord> *Processing) {
  try {
    if (OutputDir.empty())
      return std::string("SarifOutputDir is empty");
    std::string Text;
    if (std::optional<std::string> Error =
            renderTranslationUnitLog(MainFile, Findings, Notices, Run, Text,
                                     Processing))
      return Error;
    if (std::optional<std::string> Error = createDirectories(OutputDir))
      return Error;
    // Unique per TU (hash of its path), process and call: run-clang-tidy -j
    // runs many processes, and one process may see a file twice when the
    // compilation database lists two commands for it.
    static std::atomic<unsigned> Counter{0};
    std::string Stem;
    for (char C : baseName(MainFile).substr(0, 64))
      Stem += (std::isalnum(static_cast<unsigned char>(C)) || C == '.' ||
               C == '_' || C == '-')
                  ? C
                  : '_';
    std::string Name = Stem + "-" + fnv1aHex(normalizePath(MainFile)) + "-" +
                       std::to_string(::getpid()) + "-" +
                       std::to_string(Counter++) + ".sarif";
    return writeFileAtomically(normalizePath(OutputDir) + "/" + Name, Text);
  } catch (const std::exception &E) {
    return std::string("cannot write the SARIF fragment for '") + MainFile +
           "': " + E.what();
  } catch (...) {
    return "cannot write the SARIF fragment for '" + MainFile + "'";
  }
}

} // namespace clang::tidy::privacy::sarif
