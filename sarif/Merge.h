//===--- Merge.h - Reading, merging and baselining SARIF logs ---*- C++ -*-===//
//
// Fragments (one per translation unit) and shard logs (one per CI job) are
// joined into one log whose bytes depend only on the findings, not on input
// order or on how the work was split. A baseline log marks which results are
// new, by fingerprint, so a line-shifting edit is not a new finding.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_MERGE_H
#define PRIVACY_TIDY_SARIF_MERGE_H

#include "LogBuilder.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::privacy::sarif {

/// A privacy-tidy log and where it came from (for error messages).
struct LogFile {
  std::string Name;
  json Log;
};

/// Checks that \p Log is a SARIF 2.1.0 log written by privacy-tidy with the
/// shape merge and baseline rely on; the error names \p Name and the JSON
/// pointer of the first problem.
std::optional<std::string> validateLog(const json &Log,
                                       const std::string &Name);

/// Reads, parses and validates one log file.
std::optional<std::string> readLogFile(const std::string &Path, LogFile &Out);

/// The *.sarif files directly inside \p Directory (hidden temporaries
/// skipped), sorted; or \p Path itself when it is a file.
std::optional<std::string> expandLogInputs(const std::string &Path,
                                           std::vector<std::string> &Out);

/// Joins \p Inputs into one run: rules, taxonomies and notification
/// descriptors united by id; every URI re-based onto \p SourceRoot (empty:
/// the common ancestor of the inputs' roots); results de-duplicated (a
/// header's finding seen from several TUs) and sorted; invocations sorted.
std::optional<std::string> mergeLogs(const std::vector<LogFile> &Inputs,
                                     const std::string &SourceRoot, json &Out);

/// The fingerprints of a baseline log: (ruleId, privacyFinding/v1).
struct Baseline {
  std::string Name;
  std::set<std::pair<std::string, std::string>> Keys;
};

std::optional<std::string> loadBaseline(const std::string &Path,
                                        Baseline &Out);

struct BaselineCounts {
  size_t New = 0;
  size_t Unchanged = 0;
  /// Baseline findings no longer reported (fixed or removed).
  size_t Absent = 0;
};

/// Sets every result's baselineState to "new" or "unchanged".
BaselineCounts applyBaseline(json &Log, const Baseline &B);

/// Whether a result carries an in-source suppression that is not rejected.
bool isSuppressed(const json &Result);

} // namespace clang::tidy::privacy::sarif

#endif
