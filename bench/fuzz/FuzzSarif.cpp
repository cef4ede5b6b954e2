//===--- FuzzSarif.cpp - libFuzzer harness: SARIF logs --------------------===//
//
// The reader behind --baseline and `privacy-tidy merge`: readLogFile (read,
// parse, validate) on arbitrary bytes. A log it accepts goes on the paths
// the command takes with it: loadBaseline and applyBaseline, mergeLogs of
// the log with itself, isSuppressed on every result. Each must return an
// error or a value, never crash or throw.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "sarif/Merge.h"

using namespace clang::tidy::privacy::sarif;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const std::string Path =
      privacy_fuzz::scratchDirectory() + "/input.sarif";
  privacy_fuzz::writeInput(Path, Data, Size);
  LogFile Log;
  if (readLogFile(Path, Log))
    return 0;
  Baseline B;
  if (loadBaseline(Path, B))
    __builtin_trap(); // readLogFile accepted the same file
  json Merged;
  if (!mergeLogs({Log, Log}, "", Merged)) {
    (void)applyBaseline(Merged, B);
    for (const json &Result : Merged["runs"][0]["results"])
      (void)isSuppressed(Result);
  }
  (void)applyBaseline(Log.Log, B);
  return 0;
}
